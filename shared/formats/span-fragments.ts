import type { Annotation, Fragment } from '../model';
import type { OffsetConverter } from '../text/code-points';

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

/** Every fragment of every annotation as a code-point span with its label, in reading order (doccano, spaCy). */
export function codePointSpans(
  annotations: readonly Annotation[],
  converter: OffsetConverter,
): { start: number; end: number; label: string }[] {
  const spans: { start: number; end: number; label: string }[] = [];
  for (const a of sortAnnotations(annotations)) {
    for (const f of codePointFragments(a, converter)) spans.push({ start: f.start, end: f.end, label: a.label });
  }
  return spans;
}
