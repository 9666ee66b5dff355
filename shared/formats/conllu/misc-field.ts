/** A CoNLL-U MISC cell (`_`, or `Key=Value|Key=Value`) as a map; a value keeps any `=` after the first. */
export function miscFields(misc: string): Map<string, string> {
  const fields = new Map<string, string>();
  if (misc === '_') return fields;
  for (const part of misc.split('|')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return fields;
}

const SPACES_ESCAPES: Record<string, string> = { s: ' ', t: '\t', n: '\n', r: '\r', p: '|', '\\': '\\' };

/**
 * What follows a token in the text: `SpacesAfter` as UD escapes it (`\s` space, `\t`, `\n`, `\r`,
 * `\p` for `|`, `\\`), else nothing for `SpaceAfter=No`, else one space.
 */
export function spaceAfter(fields: Map<string, string>): string {
  const spaces = fields.get('SpacesAfter');
  if (spaces !== undefined) return spaces.replace(/\\(.)/g, (escape, c: string) => SPACES_ESCAPES[c] ?? escape);
  return fields.get('SpaceAfter') === 'No' ? '' : ' ';
}
