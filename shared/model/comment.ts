import { z } from 'zod';
import { clipText } from '../text/clip-text';
import {
  ATTRIBUTE_NAME_MAX_LENGTH,
  COMMENT_TYPE_MAX_LENGTH,
  MAX_COMMENTS,
  MAX_NORMALIZATIONS,
  NOTE_MAX_LENGTH,
} from './field-limits';

/**
 * A typed remark on an annotation, relation or event beyond its note: brat's `#` lines of other
 * types than the note's (`#1 Lemma T1 run`), or a second note. `about` says when it is on one of
 * the thing's attributes (brat `#2 AnnotatorNotes A1 …`) or normalizations (`… N1 …`), by the
 * attribute's name or the normalization's place in the list.
 */
export interface Comment {
  type: string;
  text: string;
  about?: { attribute: string } | { normalization: number };
}

/** Why `value` is not a list of comments, in words; null when it is one. The one rule for zod and the fast checks. */
export function commentListProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return 'comments must be a list';
  if (value.length > MAX_COMMENTS) return `at most ${MAX_COMMENTS} comments`;
  for (const c of value as unknown[]) {
    if (typeof c !== 'object' || c === null || Array.isArray(c)) return 'each comment must be an object';
    const { type, text, about } = c as Record<string, unknown>;
    if (typeof type !== 'string' || !/^\S+$/.test(type) || type.length > COMMENT_TYPE_MAX_LENGTH)
      return `a comment's type must be one word of at most ${COMMENT_TYPE_MAX_LENGTH} characters`;
    if (typeof text !== 'string' || text.length > NOTE_MAX_LENGTH)
      return `comment "${clipText(type)}" must be text of at most ${NOTE_MAX_LENGTH.toLocaleString('en')} characters`;
    if (about !== undefined && !isAbout(about))
      return `comment "${clipText(type)}": "about" names an attribute or a normalization's place`;
  }
  return null;
}

/** Comments, checked by commentListProblem (so the file's reader and the fast checks agree). */
export const commentListSchema = z.custom<Comment[]>(Array.isArray, 'expected a list').check((ctx) => {
  const message = commentListProblem(ctx.value);
  if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value });
});

function isAbout(about: unknown): boolean {
  if (typeof about !== 'object' || about === null || Array.isArray(about)) return false;
  const keys = Object.keys(about);
  if (keys.length !== 1) return false;
  const { attribute, normalization } = about as Record<string, unknown>;
  if (keys[0] === 'attribute')
    return typeof attribute === 'string' && attribute !== '' && attribute.length <= ATTRIBUTE_NAME_MAX_LENGTH;
  return (
    keys[0] === 'normalization' &&
    typeof normalization === 'number' &&
    Number.isInteger(normalization) &&
    normalization >= 0 &&
    normalization < MAX_NORMALIZATIONS
  );
}
