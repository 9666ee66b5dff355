/** An exact decimal: the value is `mantissa × 10^exponent` (kept apart so 1.1 million is 1100000, not 1100000.0000000002). */
export interface DecimalAmount {
  /** Decimal digits, no sign, no separators. */
  mantissa: string;
  exponent: number;
}

const SPACES = /[ \u00A0\u202F]/;
const SPACE_GROUPED = /^(\d{1,3}(?:[ \u00A0\u202F]\d{3})+)(?:([.,])(\d+))?$/;

/** The first group of a grouped number: one to three digits, not starting with 0. */
const isLeadingGroup = (digits: string) => /^[1-9]\d{0,2}$/.test(digits);

/** Whether `digits` is written with `mark` between thousands groups (1,000,000 or 1.000.000). */
function isGrouped(digits: string, mark: string): boolean {
  const [first, ...rest] = digits.split(mark);
  return isLeadingGroup(first ?? '') && rest.length > 0 && rest.every((g) => /^\d{3}$/.test(g));
}

function amount(integer: string, fraction: string): DecimalAmount {
  const mantissa = `${integer}${fraction}`.replace(/^0+(?=\d)/, '');
  return { mantissa, exponent: fraction.length === 0 ? 0 : -fraction.length };
}

/**
 * Reads a numeral written with digits and separators, or null when the separators make no sense.
 *
 * Rules, in order:
 * - Spaces (also no-break and thin spaces) only ever group thousands: `1 000 000`; a following
 *   `.` or `,` is the decimal mark (`1 234,5`).
 * - With both `,` and `.`, the last one is the decimal mark and the other groups thousands
 *   (`1,234.5` and `1.234,5`); the groups must be whole.
 * - Several of one mark group thousands (`1,000,000`, `1.000.000`), or the numeral is unreadable.
 * - One `.` is a decimal point (`1.500` is 1.5, the English reading).
 * - One `,` groups thousands only when it can: one to three digits before it (not starting with
 *   0) and exactly three after (`1,500` is 1500). Otherwise it is a decimal comma (`1,5` and
 *   `12,75` and `0,500` are decimals).
 */
export function parseDigitNumeral(text: string): DecimalAmount | null {
  if (SPACES.test(text)) {
    const match = SPACE_GROUPED.exec(text);
    if (!match) return null;
    return amount(match[1]!.replace(/\D/g, ''), match[3] ?? '');
  }
  if (!/^\d+(?:[.,]\d+)*$/.test(text)) return null;
  const commas = text.split(',').length - 1;
  const points = text.split('.').length - 1;
  if (commas === 0 && points === 0) return amount(text, '');
  if (commas > 0 && points > 0) {
    const decimalMark = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const groupMark = decimalMark === ',' ? '.' : ',';
    const at = text.lastIndexOf(decimalMark);
    const integer = text.slice(0, at);
    if (integer.includes(decimalMark) || !isGrouped(integer, groupMark)) return null;
    return amount(integer.split(groupMark).join(''), text.slice(at + 1));
  }
  const mark = commas > 0 ? ',' : '.';
  if (commas + points > 1) return isGrouped(text, mark) ? amount(text.split(mark).join(''), '') : null;
  const [integer, fraction] = text.split(mark) as [string, string];
  if (mark === ',' && isLeadingGroup(integer) && fraction.length === 3) return amount(integer + fraction, '');
  return amount(integer, fraction);
}

/** The number an exact decimal stands for (rounded once, at the end). */
export function decimalValue(value: DecimalAmount): number {
  return Number(`${value.mantissa}e${value.exponent}`);
}
