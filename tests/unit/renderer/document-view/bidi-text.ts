import fc from 'fast-check';

// Pieces of right-to-left and mixed-script text: Arabic with its marks (tanwin, shadda, tatweel),
// Hebrew with points, geresh and gershayim, Armenian with its in-word marks, Azerbaijani in Latin
// and Cyrillic letters, digits of both kinds, astral letters (a right-to-left one among them),
// the bidi controls a copied text carries, and the spaces, punctuation and line breaks between.
const pieces = [
  'يولد',
  'أحرارًا',
  'الإخاء',
  'مـــد',
  'شدّة',
  'ﻻ',
  'כל',
  'בְּנֵי',
  'צה״ל',
  'ג׳',
  'Բոլոր',
  'ինչո՞ւ',
  'ազատ։',
  'ləyaqət',
  'İNSAN',
  'Бүтүн',
  'виҹданлары',
  'ҝөрә',
  'Article',
  '1948',
  '٢٠٢٤',
  '۴',
  '25%',
  '𐤀𐤁',
  '𝐀',
  '😀',
  'e\u0301',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u2067',
  '\u2069',
  '\u200c',
  ' ',
  ' ',
  ' ',
  '،',
  '.',
  '(',
  ')',
  '—',
  '\n',
];

/** Random short texts mixing directions, scripts, digits, marks and surrogate pairs. */
export const bidiTextArbitrary = fc
  .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 16 })
  .map((parts) => parts.join(''));
