import type { Token } from './figure-tokens';
import { wordTable } from '../text/word-table';

/** Signs written before (or after) an amount. "$" is taken as US dollars, the usual reading in English news. */
export const CURRENCY_SIGNS = wordTable({
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₼': 'AZN',
  '֏': 'AMD',
  '₺': 'TRY',
  '₾': 'GEL',
  '₴': 'UAH',
});

/** ISO 4217 codes written as words ("USD 2 million", "300 AZN"). */
const CODES = new Set(
  'USD EUR GBP JPY CNY INR RUB AZN AMD TRY GEL UAH CHF CAD AUD KZT IRR SAR AED BRL ZAR NGN KES SEK NOK DKK PLN'.split(
    ' ',
  ),
);

/** Currency names after an amount ("300,000 manats"), singular and plural. */
const NAMES = wordTable({
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  manat: 'AZN',
  manats: 'AZN',
  dram: 'AMD',
  drams: 'AMD',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  lira: 'TRY',
  lari: 'GEL',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  franc: 'CHF',
  francs: 'CHF',
  tenge: 'KZT',
  rial: 'IRR',
  rials: 'IRR',
  riyal: 'SAR',
  riyals: 'SAR',
  dirham: 'AED',
  dirhams: 'AED',
  rand: 'ZAR',
  naira: 'NGN',
  shillings: 'KES',
  krona: 'SEK',
  kronor: 'SEK',
  zloty: 'PLN',
});

/** The currency code a token names as a sign or a code, before or right after an amount. */
export function currencyOfMark(token: Token | undefined): string | undefined {
  if (!token) return undefined;
  return CURRENCY_SIGNS[token.text] ?? (CODES.has(token.text) ? token.text : undefined);
}

/**
 * The currency named by the words after an amount and how many words name it: "manats",
 * "US dollars", "dollars", "AZN", "pounds sterling".
 */
export function currencyAfter(tokens: readonly Token[]): { code: string; length: number } | null {
  const [a, b] = tokens;
  if (!a) return null;
  const mark = currencyOfMark(a);
  if (mark) return { code: mark, length: 1 };
  if ((a.text === 'US' || a.text === 'U.S.') && b && NAMES[b.lower] === 'USD') return { code: 'USD', length: 2 };
  const named = a.kind === 'word' ? NAMES[a.lower] : undefined;
  if (!named) return null;
  return { code: named, length: b?.lower === 'sterling' ? 2 : 1 };
}
