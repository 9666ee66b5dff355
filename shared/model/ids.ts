import { z } from 'zod';
import { ID_MAX_LENGTH, ID_PATTERN, NOT_ID_CHARACTERS, TIMESTAMP_PATTERN } from './field-limits';

/** An entity id: short, URL-safe, unique within a project. */
export const idSchema = z
  .string()
  .min(1)
  .max(ID_MAX_LENGTH)
  .regex(ID_PATTERN, 'ids may hold letters, digits, "_" and "-" only');

/** An ISO-8601 timestamp as written by `Date.prototype.toISOString`. */
export const timestampSchema = z
  .string()
  .regex(TIMESTAMP_PATTERN, 'expected an ISO-8601 timestamp with a time zone, such as 2026-01-31T09:30:00.000Z');

/** True for what idSchema accepts: the same rule as a plain test, for checks that run a million times. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);
}

/** True for what timestampSchema accepts. */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && TIMESTAMP_PATTERN.test(value);
}

/**
 * An id made from a name ("Named entity" → "Named-entity"), unused by `isTaken`: characters an id
 * may not hold become "-", and a number is added until the id is free.
 */
export function idFromName(name: string, isTaken: (id: string) => boolean): string {
  const suffixRoom = 8;
  const base =
    name
      .replace(NOT_ID_CHARACTERS, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, ID_MAX_LENGTH - suffixRoom) || 'label';
  let id = base;
  for (let i = 2; isTaken(id); i++) id = `${base}-${i}`;
  return id;
}
