import { z } from 'zod';
import {
  MAX_NORMALIZATIONS,
  NORMALIZATION_ENTRY_MAX_LENGTH,
  NORMALIZATION_RESOURCE_MAX_LENGTH,
  NORMALIZATION_TEXT_MAX_LENGTH,
} from './field-limits';

/**
 * A link from an annotation or event to an entry of an outside resource (brat's normalization,
 * `N1 Reference T1 Wikipedia:534366 Barack Obama`): the resource, the entry's id there, and the
 * entry's name as the annotator saw it.
 */
export interface Normalization {
  resource: string;
  entry: string;
  text: string;
}

/** Why `value` is not a list of normalizations, in words; null when it is one. */
export function normalizationListProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return 'normalizations must be a list';
  if (value.length > MAX_NORMALIZATIONS) return `at most ${MAX_NORMALIZATIONS} normalizations`;
  for (const n of value as unknown[]) {
    if (typeof n !== 'object' || n === null || Array.isArray(n)) return 'each normalization must be an object';
    const { resource, entry, text } = n as Record<string, unknown>;
    if (!isWord(resource, NORMALIZATION_RESOURCE_MAX_LENGTH) || resource.includes(':'))
      return `a normalization's resource must be one word without ":", at most ${NORMALIZATION_RESOURCE_MAX_LENGTH} characters`;
    if (!isWord(entry, NORMALIZATION_ENTRY_MAX_LENGTH))
      return `a normalization's entry must be one word of at most ${NORMALIZATION_ENTRY_MAX_LENGTH} characters`;
    if (typeof text !== 'string' || text.length > NORMALIZATION_TEXT_MAX_LENGTH || /[\r\n]/.test(text))
      return `a normalization's text must be one line of at most ${NORMALIZATION_TEXT_MAX_LENGTH} characters`;
  }
  return null;
}

/** Normalizations, checked by normalizationListProblem. */
export const normalizationListSchema = z.custom<Normalization[]>(Array.isArray, 'expected a list').check((ctx) => {
  const message = normalizationListProblem(ctx.value);
  if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value });
});

function isWord(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max && /^\S+$/.test(value);
}
