import type { AttributeValue } from './attributes';
import type { AttributeDefinition } from './schema';
import { clipText } from '../text/clip-text';

/** An ISO calendar date, yyyy-mm-dd: what a `date` attribute holds. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Why `value` does not fit the attribute `definition` declares, in words; null when it fits (null
 * always fits: the attribute is unset). Used for schema defaults and by editors; stored values are
 * not refused for it, since an import or an older schema may have written them.
 */
export function attributeValueProblem(definition: AttributeDefinition, value: AttributeValue): string | null {
  if (value === null) return null;
  const name = `"${clipText(definition.name)}"`;
  switch (definition.type) {
    case 'string':
      return typeof value === 'string' ? null : `${name} takes text`;
    case 'number':
      return typeof value === 'number' ? null : `${name} takes a number`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `${name} takes yes or no`;
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? null : `${name} takes a date as yyyy-mm-dd`;
    case 'choice':
      return choiceProblem(definition, value, name);
  }
}

function choiceProblem(definition: AttributeDefinition, value: AttributeValue, name: string): string | null {
  const choices = definition.choices ?? [];
  const values = definition.multiple ? value : [value];
  if (!Array.isArray(values)) return `${name} takes a list of its choices`;
  if (!definition.multiple && typeof value !== 'string') return `${name} takes one of its choices`;
  const unknown = values.find((v) => typeof v !== 'string' || !choices.includes(v));
  return unknown === undefined ? null : `${name} has no choice ${JSON.stringify(unknown)}`;
}

/** Whether `text` is yyyy-mm-dd naming a day that exists (no 2023-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
