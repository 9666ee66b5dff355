import type { Annotation } from '../../model';
import { tallyTokenCover, type ExportLosses } from '../corpus/export-losses';
import { annotationFragments } from '../corpus/span-fragments';
import { splitSentences, tokensInside, type TextToken, type TokenRange } from '../corpus/text-tokens';

/** One span as the TSV writes it: a fragment of an annotation, over whole tokens. */
export interface TsvSpan {
  annotation: Annotation;
  start: number;
  end: number;
  /** Its tokens, `[first, end)`; none when it covers only spaces (then it is not written). */
  tokens: TokenRange;
  /** Its disambiguation id `[n]`: when it covers several tokens, or shares one with another span. */
  id: number | null;
}

/** A document's sentences and tokens, and its spans on them. */
export interface TsvPlacement {
  sentences: TextToken[][];
  tokens: TextToken[];
  spans: TsvSpan[];
  /** For each token, the spans on it (indices into `spans`), in the order every column lists them. */
  stacks: number[][];
}

/**
 * Places a document's annotations (in reading order) on tokens cut at their edges, as INCEpTION
 * reads spans: a span is the tokens that hold it, and one starting or ending in spaces is trimmed
 * to them (INCEpTION's own writer does the same); one over spaces only has no token and is left
 * out. Each is counted in `losses`.
 */
export function placeSpans(text: string, annotations: readonly Annotation[], losses: ExportLosses): TsvPlacement {
  const pieces = annotations.flatMap((annotation) =>
    annotationFragments(annotation).map((f) => ({ annotation, start: f.start, end: f.end })),
  );
  const sentences = splitSentences(text, pieces);
  const tokens = sentences.flat();
  const stacks: number[][] = tokens.map(() => []);
  const spans = pieces.map((piece, k): TsvSpan => {
    const inside = tokensInside(tokens, piece);
    tallyTokenCover(piece, tokens, inside, losses);
    for (let i = inside.first; i < inside.end; i++) stacks[i]!.push(k);
    return { ...piece, tokens: inside, id: null };
  });
  let nextId = 1;
  for (const span of spans) {
    const { first, end } = span.tokens;
    let shared = false;
    for (let i = first; i < end && !shared; i++) shared = stacks[i]!.length > 1;
    if (end - first > 1 || shared) span.id = nextId++;
  }
  return { sentences, tokens, spans, stacks };
}
