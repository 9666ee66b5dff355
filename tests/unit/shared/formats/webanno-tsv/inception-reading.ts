/**
 * How INCEpTION reads a WebAnno TSV 3.2+ file, for tests of what our exporter writes: the rules of
 * its `Tsv3XDeserializer`, `TsvDocument.resolveReference` and `Escaping` (read in INCEpTION's
 * source; written here from those rules, not copied). Lines end at LF, CR or CRLF, as Java's
 * `readLine` ends them. Each sentence's `#Text=` lines are un-escaped (`\\`, `\t`, `\n`, `\f`,
 * `\r`, `\b`, and a backslash before a raw C0 control; any other backslash stays) and joined by
 * LFs; the document text is the sentences placed at their first token's offset, the gaps padded
 * with spaces. A span is the tokens (rows) that hold it: its stacking index within a row and its
 * disambiguation id `[n]` tie its rows and feature columns together. A relation sits on its
 * target's first row: one column per feature, then the source row's id, `[source_target]` ids
 * when an end is not the only span of its row.
 */

export interface InceptionSpan {
  begin: number;
  end: number;
  /** Feature values as INCEpTION stores them; null for `*`. */
  features: Record<string, string | null>;
}

export interface InceptionRelation {
  features: Record<string, string | null>;
  source: InceptionSpan;
  target: InceptionSpan;
}

export interface InceptionReading {
  text: string;
  spans: InceptionSpan[];
  relations: InceptionRelation[];
}

interface Column {
  layer: 'span' | 'relation';
  /** A feature's name, or `BT_…` for a relation's source column. */
  name: string;
}

interface Row {
  id: string;
  begin: number;
  end: number;
  spans: InceptionSpan[];
  relations: InceptionRelation[];
}

const TEXT_UNESCAPE: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', f: '\f', r: '\r', b: '\b' };
// eslint-disable-next-line no-control-regex -- the raw controls INCEpTION writes after a backslash
const RAW_CONTROL = /^[\u0000-\u0007\u000e-\u001f]$/;
const VALUE_UNESCAPE: Record<string, string> = { t: '\t', n: '\n' };

function unescapeText(line: string): string {
  return line.replace(/\\([\s\S])/g, (escape, c: string) => TEXT_UNESCAPE[c] ?? (RAW_CONTROL.test(c) ? c : escape));
}

function unescapeValue(value: string): string {
  return value.replace(/\\(->|[\\[\]|_;*tn])/g, (_, c: string) => VALUE_UNESCAPE[c] ?? c);
}

/** Splits off a trailing `[…]` that is not escaped. */
function disambiguation(value: string): { value: string; info: string | null } {
  if (!value.endsWith(']') || value.endsWith('\\]')) return { value, info: null };
  const open = value.lastIndexOf('[');
  return { value: value.slice(0, open), info: value.slice(open + 1, -1) };
}

/** The layers' columns, from the `#T_SP=` and `#T_RL=` header lines. */
function readColumns(lines: string[]): { columns: Column[]; next: number } {
  const columns: Column[] = [];
  let i = 1;
  for (; i < lines.length && lines[i] !== ''; i++) {
    const [, layer, rest] = /^#T_(SP|RL)=(.*)$/.exec(lines[i]!) ?? [];
    if (!layer) throw new Error(`line ${i + 1} is not a layer declaration: ${lines[i]}`);
    for (const name of rest!.split('|').slice(1)) columns.push({ layer: layer === 'SP' ? 'span' : 'relation', name });
  }
  return { columns, next: i };
}

/** Reads a TSV 3 file as INCEpTION does; throws where INCEpTION's reader would fail. */
export function readAsInception(tsv: string): InceptionReading {
  const lines = tsv.split(/\r\n|\r|\n/);
  if (!/^#FORMAT=WebAnno TSV 3\.[2-9]$/.test(lines[0]!)) throw new Error(`not TSV 3.2+: ${lines[0]}`);
  const { columns, next } = readColumns(lines);
  let text = '';
  let sentenceText: string[] = [];
  const rows = new Map<string, Row>();
  const byId = new Map<number, InceptionSpan>();
  const spans: InceptionSpan[] = [];
  const deferred: (() => void)[] = [];
  const resolve = (unit: string, id: number) => {
    const span = id > 0 ? byId.get(id) : rows.get(unit)?.spans[0];
    if (!span) throw new Error(`unresolvable reference ${unit}[${id}]`);
    return span;
  };
  for (let i = next; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    if (line.startsWith('#Text=')) {
      sentenceText.push(unescapeText(line.slice('#Text='.length)));
      continue;
    }
    const fields = line.split('\t');
    const [begin, end] = fields[1]!.split('-').map(Number) as [number, number];
    if (sentenceText.length > 0) {
      // A sentence's first row: its text goes in at the row's offset.
      if (text.length > begin) text = text.slice(0, -1);
      text = text.padEnd(begin, ' ');
      if (text.length !== begin) throw new Error(`row ${fields[0]} starts at ${begin}, inside the text before it`);
      text += sentenceText.join('\n') + '\n';
      sentenceText = [];
    }
    const row: Row = { id: fields[0]!, begin, end, spans: [], relations: [] };
    rows.set(row.id, row);
    columns.forEach((column, c) => {
      const cell = fields[c + 3]!;
      if (cell === '_') return;
      cell.split(/(?<!\\)\|/).forEach((stacked, index) => {
        const { value, info } = disambiguation(stacked);
        if (column.layer === 'span') {
          let span = row.spans[index];
          if (!span && info !== null && byId.has(Number(info))) {
            span = byId.get(Number(info))!;
            span.end = row.end;
            row.spans.push(span);
          }
          if (!span) {
            span = { begin: row.begin, end: row.end, features: {} };
            row.spans.push(span);
            spans.push(span);
          }
          if (info !== null) byId.set(Number(info), span);
          span.features[column.name] = value === '*' ? null : unescapeValue(value);
          return;
        }
        let relation = row.relations[index];
        if (!relation) {
          relation = { features: {}, source: undefined!, target: undefined! };
          row.relations.push(relation);
        }
        if (!column.name.startsWith('BT_')) {
          relation.features[column.name] = value === '*' ? null : unescapeValue(value);
          return;
        }
        const [sourceId, targetId] = info === null ? [-1, -1] : info.split('_').map(Number);
        const target = relation;
        deferred.push(() => {
          target.source = resolve(value, sourceId!);
          target.target = resolve(row.id, targetId!);
        });
      });
    });
  }
  for (const action of deferred) action();
  const relations = [...rows.values()].flatMap((row) => row.relations);
  return { text, spans, relations };
}
