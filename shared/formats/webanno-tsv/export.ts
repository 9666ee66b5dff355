import type { Annotation, AttributeValue, Relation } from '../../model';
import {
  selectLabels,
  type CorpusExporter,
  type ExportChunk,
  type ExportCorpus,
  type SelectedThings,
} from '../corpus/corpus-export';
import type { ExportLosses } from '../corpus/export-losses';
import { annotatorFileStems, documentFileStems } from '../corpus/document-file-stems';
import { annotatorParts } from '../export-layer';
import { sortAnnotations } from '../corpus/span-fragments';
import { escapeTsvText, escapeTsvValue } from './tsv-escaping';
import { tsvColumns, tsvHeader, type TsvColumns } from './tsv-layers';
import { placeSpans, type TsvPlacement, type TsvSpan } from './tsv-span-placement';

/**
 * WebAnno TSV 3.3 (INCEpTION user guide, "WebAnno TSV 3.x"), one `<name>.tsv` per document (named
 * after its source file: documentFileStems): the
 * custom span layer `webanno.custom.Tagwright` with the feature `label` and one feature per
 * attribute the exported labels declare (tsv-layers.ts), the relation layer
 * `webanno.custom.TagwrightRelation` (`label`, attached to the span layer) when the schema has
 * relation types; then per sentence its `#Text=` lines and one row per token: `sentence-token`,
 * `start-end` (UTF-16 code units, as the format counts, like Java), the token, the span columns,
 * the relation columns. Spans covering several tokens, and stacked spans, carry a disambiguation
 * id (`claim[3]`, on every column of the span); a relation sits on its target's first token and
 * names its source's first token (`1-3`, with `[source_target]` ids where an end has one).
 * Values escape the format's reserved characters, `#Text=` lines what INCEpTION 3.2+ un-escapes
 * (tsv-escaping.ts). Tokens are cut at span edges so no sub-token is needed. Each fragment of a
 * discontinuous span becomes its own span (relations on the first). When the export keeps
 * several annotators apart (`corpus.annotators`), each gets a folder of their own,
 * `<annotator>/<name>.tsv` (INCEpTION writes one TSV per annotator per document), holding every
 * document; a relation between two annotators' spans is in neither (counted). Not carried: notes,
 * times, attributes the schema does not declare, annotators of a one-folder export (counted in
 * the export's losses).
 */
export const webannoTsvExporter: CorpusExporter = {
  format: 'webanno-tsv',
  *export(corpus: ExportCorpus, losses: ExportLosses): Generator<ExportChunk> {
    const columns = tsvColumns(corpus.schema, corpus.labels);
    const header = tsvHeader(columns);
    const stemOf = documentFileStems();
    const apart = corpus.annotators;
    const folders = annotatorFileStems(apart ?? []);
    for (const doc of corpus.documents) {
      const stem = stemOf(doc.document);
      const text = doc.document.text;
      if (!apart) {
        yield {
          file: `${stem}.tsv`,
          text: header + tsvDocument(text, selectLabels(doc, corpus.labels), columns, losses),
        };
        continue;
      }
      const { parts, unplaced } = annotatorParts(doc, corpus.labels, apart);
      losses.add('cross-layer-links', unplaced.relations);
      for (const { annotator, things } of parts) {
        const file = `${folders.get(annotator)}/${stem}.tsv`;
        yield { file, annotator, text: header + tsvDocument(text, things, columns, losses) };
      }
    }
  },
};

/** One document's sentences and token rows (after the header) for its chosen spans and relations. */
function tsvDocument(
  text: string,
  { annotations, relations }: Pick<SelectedThings, 'annotations' | 'relations'>,
  columns: TsvColumns,
  losses: ExportLosses,
): string {
  const declared = new Set(columns.features.map((f) => f.attribute));
  for (const a of annotations)
    losses.add('undeclared-attributes', Object.keys(a.attributes).filter((name) => !declared.has(name)).length);
  const placement = placeSpans(text, sortAnnotations(annotations), losses);
  const cells = spanCells(placement, columns, losses);
  if (columns.relations) addRelationCells(cells, placement, relations, losses);
  return tsvBody(text, placement, cells);
}

/** For each token, its span columns: the label, then each attribute's feature. */
function spanCells(placement: TsvPlacement, columns: TsvColumns, losses: ExportLosses): string[][] {
  // One annotation's values, made once however many fragments repeat them; each span's, with its
  // id, once however many tokens it covers (a dense corpus stacks hundreds of spans per token).
  const valuesOf = new Map<Annotation, string[]>();
  const spanValues = placement.spans.map((span) => {
    let written = valuesOf.get(span.annotation);
    if (!written) {
      const { label, attributes } = span.annotation;
      written = [escapeTsvValue(label), ...columns.features.map((f) => featureValue(attributes[f.attribute], losses))];
      valuesOf.set(span.annotation, written);
    }
    const id = span.id === null ? '' : `[${span.id}]`;
    return written.map((value) => value + id);
  });
  const width = columns.features.length + 1;
  return placement.stacks.map((stack) => {
    const row: string[] = [];
    for (let column = 0; column < width; column++) {
      row.push(stack.length === 0 ? '_' : stack.map((k) => spanValues[k]![column]).join('|'));
    }
    return row;
  });
}

/**
 * A feature value: `*` for none, else the value as INCEpTION's typed features read it. A CR
 * cannot be written (Java ends a line there and the value escapes have none): it becomes a line
 * feed, counted.
 */
function featureValue(value: AttributeValue | undefined, losses: ExportLosses): string {
  if (value === undefined || value === null) return '*';
  const text = String(value);
  const oneLine = text.replace(/\r\n?/g, '\n');
  if (oneLine !== text) losses.add('flattened-text');
  return escapeTsvValue(oneLine);
}

/** Adds the relation columns: on each target's first token, the type and the source's first token. */
function addRelationCells(
  cells: string[][],
  placement: TsvPlacement,
  relations: readonly Relation[],
  losses: ExportLosses,
): void {
  const units = unitIds(placement.sentences);
  // An annotation's first fragment that covers a token: where its relations attach.
  const anchor = new Map<string, TsvSpan>();
  for (const span of placement.spans) {
    if (span.tokens.end > span.tokens.first && !anchor.has(span.annotation.id)) anchor.set(span.annotation.id, span);
  }
  const types = cells.map((): string[] => []);
  const sources = cells.map((): string[] => []);
  for (const r of relations) {
    const source = anchor.get(r.from);
    const target = anchor.get(r.to);
    if (!source || !target) {
      losses.add('relations');
      continue;
    }
    const ids = source.id === null && target.id === null ? '' : `[${source.id ?? 0}_${target.id ?? 0}]`;
    types[target.tokens.first]!.push(escapeTsvValue(r.type));
    sources[target.tokens.first]!.push(units[source.tokens.first] + ids);
  }
  cells.forEach((row, i) => {
    row.push(types[i]!.length > 0 ? types[i]!.join('|') : '_', sources[i]!.length > 0 ? sources[i]!.join('|') : '_');
  });
}

/** Each token's `sentence-token` id. */
function unitIds(sentences: readonly (readonly unknown[])[]): string[] {
  return sentences.flatMap((sentence, s) => sentence.map((_, t) => `${s + 1}-${t + 1}`));
}

/** The sentences: each one's `#Text=` lines (one per line of its text), its token rows, a blank line. */
function tsvBody(text: string, placement: TsvPlacement, cells: readonly string[][]): string {
  const lines: string[] = [];
  const units = unitIds(placement.sentences);
  let index = 0;
  for (const sentence of placement.sentences) {
    const first = sentence[0]!;
    const last = sentence[sentence.length - 1]!;
    for (const line of text.slice(first.start, last.end).split('\n')) lines.push(`#Text=${escapeTsvText(line)}`);
    for (const token of sentence) {
      const word = escapeTsvValue(text.slice(token.start, token.end));
      lines.push(`${units[index]}\t${token.start}-${token.end}\t${word}\t${cells[index]!.join('\t')}\t`);
      index++;
    }
    lines.push('');
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
