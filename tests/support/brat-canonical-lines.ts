import { formatBratOffsets, parseTextBoundField, textInFragmentOrder } from '../../shared/formats/brat/brat-lines';

/**
 * A brat `.ann` file's lines with every id replaced by what it stands for, sorted: two files that
 * say the same thing with other ids (T3 for T7, E2 for E9) give the same list. A T line is named
 * by its type and offsets (fragments in text order: brat reads a span's fragments as a set, and
 * Tagwright writes them in order); every other line by its type and what it points to, recursively.
 */
export function canonicalBratLines(ann: string): string[] {
  const lines = ann
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(fragmentsInOrder);
  const byId = new Map<string, string>();
  for (const line of lines) {
    const id = line.split('\t')[0]!;
    if (id !== '*') byId.set(id, line);
  }
  const names = new Map<string, string>();
  const nameOf = (id: string, seen: readonly string[] = []): string => {
    const known = names.get(id);
    if (known) return known;
    const line = byId.get(id);
    if (!line || seen.includes(id)) return `?${id}`;
    const body = line.split('\t')[1] ?? '';
    const name = `${id.replace(/\d+$/, '')}[${id.startsWith('T') ? body : replaceIds(body, [...seen, id])}]`;
    names.set(id, name);
    return name;
  };
  // Ids appear as whole words or after a colon (Theme:T3, Negative_regulation:T18).
  const replaceIds = (body: string, seen: readonly string[]) =>
    body.replace(/(^|[ :])([TREAMN#]\d+)(?=$|[ \t])/g, (_, before: string, id: string) =>
      byId.has(id) ? `${before}${nameOf(id, seen)}` : `${before}${id}`,
    );
  return lines
    .map((line) => {
      const [id = '', body = '', ...rest] = line.split('\t');
      const tail = rest.length > 0 ? `\t${rest.join('\t')}` : '';
      return id.startsWith('T')
        ? `${nameOf(id)}${tail}`
        : `${id.replace(/\d+$/, '')}\t${replaceIds(body, [id])}${tail}`;
    })
    .sort();
}

/** A T line with its fragments (and their texts) in text order; any other line as it is. */
function fragmentsInOrder(line: string): string {
  const [id = '', body = '', text] = line.split('\t');
  const bound = id.startsWith('T') && text !== undefined ? parseTextBoundField(body) : null;
  if (!bound) return line;
  return `${id}\t${bound.label} ${formatBratOffsets(bound.fragments)}\t${textInFragmentOrder(text!, bound.listed)}`;
}
