import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import { labelledFragments, sortAnnotations } from '../corpus/span-fragments';
import { splitSentences } from '../corpus/text-tokens';
import { escapeTsvText, escapeTsvValue } from './tsv-escaping';

/** The custom span layer the TSV declares; INCEpTION creates it on import. */
const WEBANNO_SPAN_LAYER = 'webanno.custom.Tagwright';

/**
 * WebAnno TSV 3.3 (INCEpTION user guide, "WebAnno TSV 3.x"), one `<id>.tsv` per document:
 * `#FORMAT=WebAnno TSV 3.3`, one custom span layer `webanno.custom.Tagwright` with the feature
 * `label`, then per sentence a `#Text=` line and one line per token: `sentence-token`,
 * `start-end` (UTF-16 code units, as the format counts, like Java), the token and its labels.
 * Spans covering several tokens, and stacked spans, carry a disambiguation id (`claim[3]`);
 * stacked values are joined by `|`; reserved characters are backslash-escaped, and each `#Text=`
 * line escapes backslash, tab, CR and the other controls as INCEpTION 3.2+ un-escapes them
 * (tsv-escaping.ts), so a text like `C:\temp\new` comes back as it was. Tokens are cut at
 * span boundaries so no sub-token addressing is needed. Each fragment of a discontinuous span becomes
 * its own span. Not carried: relations, attributes, notes, annotators.
 */
export const webannoTsvExporter: CorpusExporter = {
  format: 'webanno-tsv',
  *export(corpus: ExportCorpus): Generator<ExportChunk> {
    for (const doc of corpus.documents) {
      const text = doc.document.text;
      const pieces = labelledFragments(sortAnnotations(selectLabels(doc, corpus.labels).annotations));
      const sentences = splitSentences(text, pieces);
      const tokens = sentences.flat();
      const values: string[][] = tokens.map(() => []);
      const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
      const covering: number[][] = pieces.map((p) => {
        const ids: number[] = [];
        for (let i = tokenAt.get(p.start) ?? tokens.length; i < tokens.length && tokens[i]!.end <= p.end; i++)
          ids.push(i);
        return ids;
      });
      const stackCount = new Int32Array(tokens.length);
      for (const ids of covering) for (const i of ids) stackCount[i]!++;
      let nextId = 1;
      pieces.forEach((p, k) => {
        const ids = covering[k]!;
        if (ids.length === 0) return;
        const needsId = ids.length > 1 || ids.some((i) => stackCount[i]! > 1);
        const value = escapeTsvValue(p.label) + (needsId ? `[${nextId++}]` : '');
        for (const i of ids) values[i]!.push(value);
      });
      const lines = ['#FORMAT=WebAnno TSV 3.3', `#T_SP=${WEBANNO_SPAN_LAYER}|label`, '', ''];
      let index = 0;
      sentences.forEach((sentence, s) => {
        const first = sentence[0]!;
        const last = sentence[sentence.length - 1]!;
        for (const line of text.slice(first.start, last.end).split('\n')) lines.push(`#Text=${escapeTsvText(line)}`);
        sentence.forEach((token, t) => {
          const cell = values[index]!.length > 0 ? values[index]!.join('|') : '_';
          lines.push(
            `${s + 1}-${t + 1}\t${token.start}-${token.end}\t${escapeTsvValue(text.slice(token.start, token.end))}\t${cell}\t`,
          );
          index++;
        });
        lines.push('');
      });
      yield { file: `${doc.document.id}.tsv`, text: `${lines.join('\n')}\n` };
    }
  },
};
