import type { Annotation } from '../../model';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import { tallyTokenCover, type ExportLosses } from '../corpus/export-losses';
import { labelledFragments, sortAnnotations, type LabelledFragment } from '../corpus/span-fragments';
import { splitSentences, tokensInside, type TextToken } from '../corpus/text-tokens';
import { annotatorFileStems } from '../corpus/document-file-stems';
import { annotatorParts } from '../export-layer';

/**
 * CoNLL-style IOB2 tagging (CoNLL-2003 layout): `-DOCSTART-` and a blank line before each
 * document, one token per line, tab-separated, a blank line after each sentence. Column 1 is the
 * token; then one tag column per exported label, in schema order (`B-<label>`, `I-<label>`, `O`),
 * so overlapping spans of different labels are all kept. Tokens and sentences come from
 * `splitSentences` (text-tokens.ts). Within one label's column, a span overlapping an earlier
 * (or longer) one of the same label is left out; each fragment of a discontinuous span is tagged as
 * its own span; a span starting or ending in spaces is tagged on the tokens inside it, and one over
 * spaces only is left out (each counted in the export's losses). When the export keeps several
 * annotators apart (`corpus.annotators`), each gets a file of their own, `<annotator>.conll` in the
 * export folder (INCEpTION too writes a file per annotator), holding every document. Not carried:
 * relations, attributes, notes, annotators of a one-file export; offsets are implicit.
 */
export const conllExporter: CorpusExporter = {
  format: 'conll',
  *export(corpus: ExportCorpus, losses: ExportLosses): Generator<ExportChunk> {
    const columns = corpus.schema.labels.map((l) => l.id).filter((id) => !corpus.labels || corpus.labels.includes(id));
    const docstart = ['-DOCSTART-', ...columns.map(() => 'O')].join('\t');
    const apart = corpus.annotators;
    const stems = annotatorFileStems(apart ?? []);
    for (const doc of corpus.documents) {
      const text = doc.document.text;
      if (!apart) {
        const annotations = sortAnnotations(selectLabels(doc, corpus.labels).annotations);
        yield { file: '', text: `${docstart}\n\n${conllDocument(text, annotations, columns, losses)}` };
        continue;
      }
      // Each annotator's file gets every document, a document at a time (the files are appended to).
      for (const { annotator, things } of annotatorParts(doc, corpus.labels, apart).parts) {
        const annotations = sortAnnotations(things.annotations);
        const file = `${stems.get(annotator)}.conll`;
        yield { file, annotator, text: `${docstart}\n\n${conllDocument(text, annotations, columns, losses)}` };
      }
    }
  },
};

/** One document's token lines, sentences separated (and ended) by blank lines. */
function conllDocument(
  text: string,
  annotations: readonly Annotation[],
  columns: readonly string[],
  losses: ExportLosses,
): string {
  const pieces = labelledFragments(annotations).sort((x, y) => x.start - y.start || y.end - x.end);
  const sentences = splitSentences(text, pieces);
  const tokens = sentences.flat();
  const tags = columns.map((label) => labelColumn(label, pieces, tokens, losses));
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

/** One label's IOB2 tags, a tag per token; a span overlapping an earlier one of the label is left out. */
function labelColumn(
  label: string,
  pieces: readonly LabelledFragment[],
  tokens: readonly TextToken[],
  losses: ExportLosses,
): string[] {
  const tags = new Array<string>(tokens.length).fill('O');
  let lastEnd = -1;
  for (const piece of pieces) {
    if (piece.label !== label) continue;
    if (piece.start < lastEnd) {
      losses.add('same-label-overlaps');
      continue;
    }
    const inside = tokensInside(tokens, piece);
    tallyTokenCover(piece, tokens, inside, losses);
    for (let i = inside.first; i < inside.end; i++) tags[i] = i === inside.first ? `B-${label}` : `I-${label}`;
    if (inside.end > inside.first) lastEnd = piece.end;
  }
  return tags;
}
