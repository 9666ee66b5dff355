import { wordTable } from '../../shared/text/word-table';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'details',
  'summary',
]);
// A line break from <br>, kept apart from source whitespace until blocks are collapsed.
const BREAK = '\u0000';
const ACCENTS: Record<string, string> = {
  uml: '\u0308',
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  ring: '\u030a',
  cedil: '\u0327',
};
const SKIPPED_ELEMENTS = ['script', 'style', 'head', 'noscript', 'template', 'svg', 'iframe', 'object'];
// Entity names come from the document: a table without a prototype, so "&constructor;" is not Object.prototype's.
const NAMED_ENTITIES = wordTable({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  middot: '·',
  bull: '•',
  times: '×',
  divide: '÷',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  ntilde: 'ñ',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
});

/**
 * The readable text of an HTML page, without a DOM: scripts, styles and the head are dropped,
 * tags removed, entities decoded, whitespace collapsed as a browser would (kept inside `<pre>`),
 * and every block element (paragraph, heading, list item, table cell, `<br>`) starts a new line;
 * paragraphs are separated by a blank line.
 */
export function htmlToText(html: string): string {
  let source = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  for (const name of SKIPPED_ELEMENTS) {
    source = source.replace(new RegExp(`<${name}\\b[\\s\\S]*?</${name}\\s*>`, 'gi'), ' ');
  }
  const blocks: { text: string; pre: boolean }[] = [];
  let current = '';
  let preDepth = 0;
  const flush = () => {
    const pre = preDepth > 0;
    const text = pre ? current.replace(/^\n|\n$/g, '') : current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text.trim() !== '') blocks.push({ text, pre });
    current = '';
  };
  const tagPattern = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>|<!DOCTYPE[^>]*>|<\?[^>]*>/g;
  let last = 0;
  for (const match of source.matchAll(tagPattern)) {
    current += decodeEntities(source.slice(last, match.index));
    last = match.index + match[0].length;
    const name = match[1]?.toLowerCase();
    if (!name) continue;
    const closing = match[0].startsWith('</');
    if (name === 'br') {
      current += BREAK;
      continue;
    }
    if (name === 'pre') {
      flush();
      preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
      continue;
    }
    if (BLOCK_TAGS.has(name)) flush();
    else if (name === 'img' && !closing) {
      const alt = /\balt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(match[0]);
      if (alt) current += decodeEntities(alt[2] ?? alt[3] ?? '');
    }
  }
  current += decodeEntities(source.slice(last));
  flush();
  // <br> inside a block was kept as BREAK; collapse the spaces around it.
  return blocks
    .map(({ text, pre }) =>
      pre
        ? text.replaceAll(BREAK, '\n')
        : text
            .split(BREAK)
            .map((line) => line.trim())
            .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1))
            .join('\n'),
    )
    .filter((b) => b !== '')
    .join('\n\n');
}

/** Decodes named (common ones), decimal and hexadecimal character references. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    const accented = /^([a-zA-Z])(uml|acute|grave|circ|tilde|ring|cedil)$/.exec(ref);
    if (accented) return `${accented[1]}${ACCENTS[accented[2]!]}`.normalize('NFC');
    return NAMED_ENTITIES[ref] ?? NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}
