import fc from 'fast-check';

// Pieces that break naive offset maps: astral emoji (two code units), combining marks, CJK,
// right-to-left script, ZWJ sequences, empty lines and runs of whitespace.
const pieces = [
  'a',
  'b',
  'Z',
  ' ',
  ' ',
  '\n',
  '\n',
  '\n\n',
  '\t',
  "'",
  '’',
  '.',
  ',',
  '9',
  'é',
  'e\u0301',
  'n\u0303',
  '東',
  '京',
  '語',
  'ש',
  'ל',
  'ו',
  'م',
  'ر',
  '😀',
  '🚀',
  '👩‍👩‍👧',
  '🇫🇷',
  '\u200f',
];

/** Random short texts made of hard pieces (also usable as word-ish material). */
export const hardTextArbitrary = fc
  .array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 18 })
  .map((parts) => parts.join(''));
