import { createOffsetConverter } from '../../text/code-points';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import { sortAnnotations } from '../corpus/span-fragments';

const CSV_COLUMNS = ['document', 'label', 'start', 'end', 'text', 'attributes', 'note', 'annotator'] as const;

/**
 * CSV for spreadsheets (RFC 4180: comma-separated, CRLF rows, fields quoted when they hold a
 * comma, quote or line break, quotes doubled), UTF-8 with a byte-order mark so spreadsheet programs
 * read it as UTF-8. One row per annotation: document title, label name, start and end in Unicode
 * code points (outer bounds of a discontinuous span), the quoted text, attributes as JSON, note,
 * annotator. Text cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so no
 * spreadsheet runs them as a formula (OWASP's CSV-injection advice). Relations are not carried.
 */
export const csvExporter: CorpusExporter = {
  format: 'csv',
  *export(corpus: ExportCorpus): Generator<ExportChunk> {
    yield { file: '', text: `\ufeff${CSV_COLUMNS.join(',')}\r\n` };
    // Each label's cell is made once, not once per row.
    const labelCells = new Map(corpus.schema.labels.map((l) => [l.id, csvTextCell(l.name)]));
    for (const doc of corpus.documents) {
      const converter = createOffsetConverter(doc.document.text);
      const title = csvTextCell(doc.document.title);
      let rows = '';
      for (const a of sortAnnotations(selectLabels(doc, corpus.labels).annotations)) {
        const attributes = Object.keys(a.attributes).length > 0 ? JSON.stringify(a.attributes) : '';
        rows += [
          title,
          labelCells.get(a.label) ?? csvTextCell(a.label),
          String(converter.toCodePoint(a.start)),
          String(converter.toCodePoint(a.end)),
          csvTextCell(a.quote),
          csvTextCell(attributes),
          csvTextCell(a.note),
          csvTextCell(a.annotator),
        ].join(',');
        rows += '\r\n';
      }
      if (rows !== '') yield { file: '', text: rows };
    }
  },
};

/** One CSV text cell: neutralised against formula injection, then quoted per RFC 4180 if needed. */
export function csvTextCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
