import { readCsvRecords, type CsvRecord } from '../text/csv-records';
import type { Coding } from './coding-table';

const COLUMNS = ['coder', 'unit', 'label'] as const;

/** A coding table read from CSV, or what is wrong with the file, said with its name and line. */
export type CodingTableReading = { codings: Coding[] } | { problem: string };

/**
 * Reads a coding table from CSV (RFC 4180): a header naming the columns `coder`, `unit` and
 * `label` (in any order, any case, among other columns), then one row per value. A row with an
 * empty label is a missing value, as a missing row is; blank lines are skipped. Refused, with the
 * line: a row with more or fewer fields than the header, an empty coder or unit, a coder labelling
 * the same unit twice.
 */
export function readCodingTable(fileName: string, text: string): CodingTableReading {
  const read = readCsvRecords(text);
  if (!('records' in read)) return { problem: `${fileName}, line ${read.line}: ${read.problem}` };
  const [header, ...rows] = read.records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (!header) return { problem: `${fileName} is empty: expected a header naming the columns coder, unit and label` };
  const columns = columnsOf(header);
  if (typeof columns === 'string') return { problem: `${fileName}, line ${header.line}: ${columns}` };
  const codings: Coding[] = [];
  const firstLine = new Map<string, number>();
  for (const { fields, line } of rows) {
    const where = `${fileName}, line ${line}`;
    if (fields.length !== header.fields.length) {
      return { problem: `${where}: ${fields.length} fields where the header has ${header.fields.length}` };
    }
    const [coder, unit, label] = COLUMNS.map((c) => fields[columns[c]]!);
    if (coder === '' || unit === '') return { problem: `${where}: the ${coder === '' ? 'coder' : 'unit'} is empty` };
    if (label === '') continue;
    const key = JSON.stringify([coder, unit]);
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      return { problem: `${where}: coder "${coder}" labelled unit "${unit}" already, on line ${earlier}` };
    }
    firstLine.set(key, line);
    codings.push({ coder: coder!, unit: unit!, label: label! });
  }
  return { codings };
}

/** Where each needed column is, or what is wrong with the header. */
function columnsOf(header: CsvRecord): Record<(typeof COLUMNS)[number], number> | string {
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const found = { coder: -1, unit: -1, label: -1 };
  for (const column of COLUMNS) {
    const at = names.indexOf(column);
    if (at === -1) {
      return `no "${column}" column: the header must name coder, unit and label (it names ${header.fields.map((f) => `"${f}"`).join(', ')})`;
    }
    if (names.indexOf(column, at + 1) !== -1) return `the header names "${column}" twice`;
    found[column] = at;
  }
  return found;
}
