import {
  commentListProblem,
  modifierListProblem,
  normalizationListProblem,
  type AttributeMap,
  type Comment,
  type Normalization,
} from '../../model';
import type { ParsedSpan } from '../corpus/parsed-corpus';

/**
 * A JSONL record's `modifiers`, `normalizations` and `comments` (an annotation's, relation's or
 * event's), checked with the project file's own rules; a string says what is wrong.
 */
export function readRemarks(
  record: Record<string, unknown>,
  attributes: AttributeMap,
): Pick<ParsedSpan, 'modifiers' | 'normalizations' | 'comments'> | string {
  const { modifiers, normalizations, comments } = record;
  const problem =
    (modifiers !== undefined ? modifierListProblem(modifiers, attributes) : null) ??
    (normalizations !== undefined ? normalizationListProblem(normalizations) : null) ??
    (comments !== undefined ? commentListProblem(comments) : null);
  if (problem) return problem;
  return {
    ...(modifiers !== undefined ? { modifiers: modifiers as string[] } : {}),
    ...(normalizations !== undefined ? { normalizations: normalizations as Normalization[] } : {}),
    ...(comments !== undefined ? { comments: comments as Comment[] } : {}),
  };
}
