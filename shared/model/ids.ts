import { z } from 'zod';

/** The characters an id may hold. */
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** An entity id: short, URL-safe, unique within a project. */
export const idSchema = z.string().min(1).max(64).regex(ID_PATTERN, 'ids may hold letters, digits, "_" and "-" only');

/** An ISO-8601 timestamp as written by `Date.prototype.toISOString`. */
export const timestampSchema = z.iso.datetime({ offset: true });
