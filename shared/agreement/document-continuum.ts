import type { Annotation } from '../model';
import { codePointFragments } from '../formats/corpus/span-fragments';
import { createOffsetConverter } from '../text/code-points';
import type { Continuum } from './unitised-alpha';

/**
 * A document as the unitised alpha reads it: a continuum of characters (code points, so a
 * character outside the BMP counts once) and each annotator's spans, each piece of a
 * discontinuous span a stretch of its own.
 */
export function documentContinuum(text: string, byAnnotator: ReadonlyMap<string, readonly Annotation[]>): Continuum {
  const converter = createOffsetConverter(text);
  const coders = new Map(
    [...byAnnotator].map(([annotator, annotations]) => [
      annotator,
      annotations.flatMap((a) => codePointFragments(a, converter).map((f) => ({ ...f, label: a.label }))),
    ]),
  );
  return { length: converter.codePointLength, coders };
}

/** The continuum as two of its coders marked it. */
export const pairContinuum = (continuum: Continuum, a: string, b: string): Continuum => ({
  length: continuum.length,
  coders: new Map([
    [a, continuum.coders.get(a)!],
    [b, continuum.coders.get(b)!],
  ]),
});
