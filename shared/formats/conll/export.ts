import type { Annotation } from '../../model';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import { labelledFragments, sortAnnotations } from '../corpus/span-fragments';
import { splitSentences, type TextToken } from '../corpus/text-tokens';

/**
 * CoNLL-style IOB2 tagging (CoNLL-2003 layout): `-DOCSTART-` and a blank line before each
 * document, one token per line, tab-separated, a blank line after each sentence. Column 1 is the
 * token; then one tag column per exported label, in schema order (`B-<label>`, `I-<label>`, `O`),
 * so overlapping spans of different labels are all kept. Tokens and sentences come from
 * `splitSentences` (text-tokens.ts). Within one label's column, a span overlapping an earlier
 * (or longer) one of the same label is left out; each fragment of a discontinuous span is tagged as
 * its own span. Not carried: relations, attributes, notes, annotators; offsets are implicit.
 */
export const conllExporter: CorpusExporter = {
  format: 'conll',
  *export(corpus: ExportCorpus): Generator<ExportChunk> {
    const columns = corpus.schema.labels.map((l) => l.id).filter((id) => !corpus.labels || corpus.labels.includes(id));
    const docstart = ['-DOCSTART-', ...columns.map(() => 'O')].join('\t');
    for (const doc of corpus.documents) {
      const text = doc.document.text;
      const annotations = sortAnnotations(selectLabels(doc, corpus.labels).annotations);
      yield { file: '', text: `${docstart}\n\n${conllDocument(text, annotations, columns)}` };
    }
  },
};

/** One document's token lines, sentences separated (and ended) by blank lines. */
function conllDocument(text: string, annotations: readonly Annotation[], columns: readonly string[]): string {
  const pieces = labelledFragments(annotations).sort((x, y) => x.start - y.start || y.end - x.end);
  const sentences = splitSentences(text, pieces);
  const tokens = sentences.flat();
  const tags = columns.map(() => new Array<string>(tokens.length).fill('O'));
  columns.forEach((label, column) => {
    const columnTags = tags[column]!;
    const begin = `B-${label}`;
    const inside = `I-${label}`;
    let lastEnd = -1;
    for (const piece of pieces) {
      if (piece.label !== label || piece.start < lastEnd) continue;
      let i = firstTokenAtOrAfter(tokens, piece.start);
      let first = true;
      while (i < tokens.length && tokens[i]!.end <= piece.end) {
        columnTags[i] = first ? begin : inside;
        first = false;
        i++;
      }
      if (!first) lastEnd = piece.end;
    }
  });
  const lines: string[] = [];
  let index = 0;
  for (const sentence of sentences) {
    for (const token of sentence) {
      let line = text.slice(token.start, token.end);
      for (let c = 0; c < tags.length; c++) line += `\t${tags[c]![index]}`;
      lines.push(line);
      index++;
    }
    lines.push('');
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function firstTokenAtOrAfter(tokens: readonly TextToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
