/** One record of a CSV file: its fields, and the 1-based line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** A CSV file's records, or the first thing wrong with it and the line it is on. */
export type CsvReading = { records: CsvRecord[] } | { line: number; problem: string };

/**
 * Reads CSV as RFC 4180 writes it: fields separated by commas, records by CRLF (LF or CR alone
 * too); a field in double quotes may hold commas, line breaks and quotes (doubled). A leading
 * byte-order mark is skipped; a line break at the end of the file ends the last record. What
 * RFC 4180 does not allow is refused, never guessed at: a quote inside an unquoted field, text
 * after a closing quote, a quoted field that is never closed.
 */
export function readCsvRecords(text: string): CsvReading {
  const records: CsvRecord[] = [];
  const at = { i: text.charCodeAt(0) === 0xfeff ? 1 : 0, line: 1 };
  while (at.i < text.length) {
    const line = at.line;
    const fields: string[] = [];
    for (;;) {
      const field = text[at.i] === '"' ? quotedField(text, at) : plainField(text, at);
      if (typeof field !== 'string') return field;
      fields.push(field);
      if (text[at.i] !== ',') break;
      at.i++;
    }
    if (text[at.i] === '\r') at.i += text[at.i + 1] === '\n' ? 2 : 1;
    else if (text[at.i] === '\n') at.i++;
    at.line++;
    records.push({ fields, line });
  }
  return { records };
}

type Position = { i: number; line: number };

const endsField = (c: string | undefined) => c === undefined || c === ',' || c === '\r' || c === '\n';

function plainField(text: string, at: Position): string | { line: number; problem: string } {
  let end = at.i;
  while (!endsField(text[end])) end++;
  const field = text.slice(at.i, end);
  if (field.includes('"')) {
    return {
      line: at.line,
      problem: 'a quote inside an unquoted field (a field holding quotes must be in quotes, its quotes doubled)',
    };
  }
  at.i = end;
  return field;
}

function quotedField(text: string, at: Position): string | { line: number; problem: string } {
  const opened = at.line;
  let value = '';
  let from = at.i + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return { line: opened, problem: 'a quoted field is never closed' };
    value += text.slice(from, quote);
    if (text[quote + 1] !== '"') {
      at.i = quote + 1;
      break;
    }
    value += '"';
    from = quote + 2;
  }
  at.line += lineBreaks(value);
  if (!endsField(text[at.i])) return { line: at.line, problem: 'text after the closing quote of a field' };
  return value;
}

/** Line breaks in `text`: CRLF, LF or CR, each one. */
const lineBreaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;
