import {
  MAX_FRAGMENTS,
  spanOfFragments,
  type Annotation,
  type FragmentedSpan,
  type Fragment,
  type TagwrightDocument,
} from '../../shared/model';
import { annotationFragments } from '../../shared/formats/corpus/span-fragments';
import { clipText } from '../../shared/text/clip-text';
import { TagwrightError } from '../../shared/ipc/result';
import { emptyEdit, type ProjectEdit } from './edit-history';
import type { ProjectModel } from './project-model';

/** One piece of text added to, or taken from, an annotation. */
export interface FragmentEdit {
  annotationId: string;
  start: number;
  end: number;
}

// Discontinuous spans ("only … accurate"): the pieces are kept sorted and disjoint, touching or
// overlapping ones merged; one piece left is a plain span again. The quote stays what the corpus
// import and `tagwright validate` hold it to: text.slice(start, end), the gaps included.

/**
 * The span a new annotation covers: `start`..`end`, or its `fragments` merged, whose outer bounds
 * `start` and `end` must then be. Each piece is checked as a plain span is.
 */
export function newAnnotationSpan(
  model: ProjectModel,
  document: TagwrightDocument,
  input: { start: number; end: number; fragments?: readonly Fragment[] },
): FragmentedSpan {
  model.checkSpan(document, input.start, input.end);
  if (!input.fragments) return { start: input.start, end: input.end };
  if (input.fragments.length > MAX_FRAGMENTS) throw tooManyPieces();
  for (const f of input.fragments) model.checkSpan(document, f.start, f.end);
  const span = spanOfFragments(input.fragments);
  if (span.start !== input.start || span.end !== input.end) {
    throw new TagwrightError(
      'invalid-input',
      `The span ${input.start}–${input.end} is not the outer bounds of its fragments (${span.start}–${span.end}).`,
    );
  }
  return span;
}

/** The annotation with one more piece of its document's text; a piece it already covers is refused. */
export function fragmentAddition(model: ProjectModel, input: FragmentEdit, at: string): ProjectEdit {
  const before = model.annotation(input.annotationId);
  const document = model.document(before.documentId);
  model.checkSpan(document, input.start, input.end);
  const pieces = [...annotationFragments(before), { start: input.start, end: input.end }];
  if (pieces.length > MAX_FRAGMENTS) throw tooManyPieces();
  const span = spanOfFragments(pieces);
  if (sameSpan(span, before)) {
    throw new TagwrightError(
      'invalid-input',
      `“${clipText(document.text.slice(input.start, input.end))}” is already part of this annotation.`,
    );
  }
  return reshaped(before, span, document, at);
}

/** The annotation without one of its pieces (named by its exact bounds); one piece left makes it a plain span. */
export function fragmentRemoval(model: ProjectModel, input: FragmentEdit, at: string): ProjectEdit {
  const before = model.annotation(input.annotationId);
  const document = model.document(before.documentId);
  if (!before.fragments) {
    throw new TagwrightError(
      'invalid-input',
      `“${clipText(before.quote)}” is one piece: there is no fragment to remove (delete the annotation instead).`,
    );
  }
  const rest = before.fragments.filter((f) => f.start !== input.start || f.end !== input.end);
  if (rest.length === before.fragments.length) {
    const pieces = before.fragments.map((f) => `${f.start}–${f.end}`).join(', ');
    throw new TagwrightError(
      'invalid-input',
      `The annotation has no piece at ${input.start}–${input.end} (its pieces are ${pieces}).`,
    );
  }
  return reshaped(before, spanOfFragments(rest), document, at);
}

function reshaped(before: Annotation, span: FragmentedSpan, document: TagwrightDocument, at: string): ProjectEdit {
  const { fragments: _old, ...kept } = before;
  const after: Annotation = { ...kept, ...span, quote: document.text.slice(span.start, span.end), updatedAt: at };
  const edit = emptyEdit(before.documentId);
  edit.annotations.push({ before, after });
  return edit;
}

function sameSpan(span: FragmentedSpan, a: Annotation): boolean {
  const pieces = span.fragments ?? [span];
  const old = annotationFragments(a);
  return pieces.length === old.length && pieces.every((p, i) => p.start === old[i]!.start && p.end === old[i]!.end);
}

function tooManyPieces(): TagwrightError {
  return new TagwrightError('invalid-input', `A span may have at most ${MAX_FRAGMENTS} pieces.`);
}
