import type { Annotation, Fragment } from '../../model';
import type { OffsetConverter } from '../../text/code-points';

/** The pieces of an annotation in UTF-16 offsets: its fragments, or its one span. */
export function annotationFragments(a: Pick<Annotation, 'start' | 'end' | 'fragments'>): Fragment[] {
  return a.fragments ?? [{ start: a.start, end: a.end }];
}

/** The pieces of an annotation in code points (the unit brat, doccano, spaCy, Label Studio and W3C count). */
export function codePointFragments(
  a: Pick<Annotation, 'start' | 'end' | 'fragments'>,
  converter: OffsetConverter,
): Fragment[] {
  return annotationFragments(a).map((f) => ({
    start: converter.toCodePoint(f.start),
    end: converter.toCodePoint(f.end),
  }));
}

/** Annotations in reading order: by start, longer first, then by id (exports are deterministic). */
export function sortAnnotations<T extends Pick<Annotation, 'start' | 'end' | 'id'>>(annotations: readonly T[]): T[] {
  return [...annotations].sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** A fragment of an annotation with the annotation's label. */
export interface LabelledFragment {
  start: number;
  end: number;
  label: string;
}

/** Every fragment of every annotation with its label, in UTF-16 offsets, in the order given (CoNLL, WebAnno TSV). */
export function labelledFragments(annotations: readonly Annotation[]): LabelledFragment[] {
  const pieces: LabelledFragment[] = [];
  for (const a of annotations) {
    for (const f of annotationFragments(a)) pieces.push({ start: f.start, end: f.end, label: a.label });
  }
  return pieces;
}

/** Every fragment of every annotation as a code-point span with its label, in reading order (doccano, spaCy). */
export function codePointSpans(annotations: readonly Annotation[], converter: OffsetConverter): LabelledFragment[] {
  const spans: LabelledFragment[] = [];
  for (const a of sortAnnotations(annotations)) {
    for (const f of codePointFragments(a, converter)) spans.push({ start: f.start, end: f.end, label: a.label });
  }
  return spans;
}
