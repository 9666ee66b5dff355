/** A piece of a figure's text: a numeral, a word or any other sign. */
export interface Token {
  text: string;
  /** Lower case, for matching words. */
  lower: string;
  kind: 'numeral' | 'word' | 'symbol';
  /** Whitespace separates it from what comes before. */
  gap: boolean;
}

// Space-grouped numerals first (1 000 000), then digits with `.`/`,` inside, words, any other sign.
const TOKEN = /(?<!\d)\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const t = match[0];
    const kind = /^\d/.test(t) ? 'numeral' : /^\p{L}/u.test(t) ? 'word' : 'symbol';
    tokens.push({ text: t, lower: t.toLowerCase(), kind, gap: match.index > last });
    last = match.index + t.length;
  }
  return tokens;
}
