/**
 * WebAnno TSV 3's two escapings, as INCEpTION 3.2+ writes and reads them (its `Escaping` class,
 * described in the INCEpTION user guide, "WebAnno TSV 3.x"): `#Text=` lines escape backslash,
 * tab, CR, form feed, backspace and the other C0 controls but LF (a line break starts a new
 * `#Text=` line), and vertical tab; feature values escape the format's reserved characters.
 */

/** A text escape: backslash + letter for the controls Java names, backslash + the raw control for the rest. */
const TEXT_ESCAPE: Record<string, string> = {
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
  '\b': '\\b',
  '\\': '\\\\',
};
const TEXT_UNESCAPE: Record<string, string> = { t: '\t', n: '\n', f: '\f', r: '\r', b: '\b', '\\': '\\' };
// C0 controls 0–7 and 14–31 (8–13 are \b, \t, \n, vertical tab — left as it is — \f and \r).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const RAW_ESCAPED_CONTROL = /[\u0000-\u0007\u000e-\u001f]/;

/** Escapes one `#Text=` line (no LF in it) as INCEpTION 3.2+ writes it. */
export function escapeTsvText(line: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return line.replace(/[\u0000-\u0008\t\n\f\r\u000e-\u001f\\]/g, (c) => TEXT_ESCAPE[c] ?? `\\${c}`);
}

/**
 * Un-escapes a `#Text=` line. Format 3.2 and later: a backslash before `t n f r b \` or a raw
 * C0 control (0–7, 14–31) stands for that character; any other backslash is kept. Format 3.0 and
 * 3.1 were un-escaped as Java string literals (octal and `\u` escapes, `\"`, `\'`; a backslash
 * before anything else is dropped).
 */
export function unescapeTsvText(line: string, minorVersion: number): string {
  if (minorVersion <= 1) return unescapeJavaLiteral(line);
  return line.replace(
    /\\([\s\S])/g,
    (escape, c: string) => TEXT_UNESCAPE[c] ?? (RAW_ESCAPED_CONTROL.test(c) ? c : escape),
  );
}

function unescapeJavaLiteral(text: string): string {
  return text.replace(
    /\\(?:u+([0-9a-fA-F]{4})|([0-3][0-7]{0,2}|[4-7][0-7]?)|([\s\S]))?/g,
    (_, hex: string | undefined, octal: string | undefined, c: string | undefined) => {
      if (hex) return String.fromCharCode(parseInt(hex, 16));
      if (octal) return String.fromCharCode(parseInt(octal, 8));
      if (c === undefined) return '';
      return TEXT_UNESCAPE[c] ?? c; // \" and \' too
    },
  );
}

// `->` is escaped as one unit (`\->`), as the format's guide says.
const RESERVED_VALUE = /->|[\\[\]|_;*\t\n]/g;
const VALUE_UNESCAPE = /\\(->|[\\[\]|_;*tn])/g;

/** Escapes a feature value (or token) for a TSV 3 cell. */
export function escapeTsvValue(value: string): string {
  return value.replace(RESERVED_VALUE, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : `\\${c}`));
}

/** Un-escapes a feature value read from a TSV 3 cell. */
export function unescapeTsvValue(value: string): string {
  return value.replace(VALUE_UNESCAPE, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c));
}

/**
 * Splits a cell at every `separator` not escaped by a backslash (stacked values `|`, slot values
 * `;`). A backslash escapes the one character after it, so `a\\|b` (a value ending in a backslash)
 * splits where INCEpTION's look-behind would not.
 */
export function splitUnescaped(cell: string, separator: '|' | ';'): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < cell.length; i++) {
    if (cell[i] === '\\') i++;
    else if (cell[i] === separator) {
      parts.push(cell.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(cell.slice(start));
  return parts;
}
