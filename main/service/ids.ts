import { randomBytes } from 'node:crypto';

/** A random 12-character URL-safe id (72 bits): unique enough for merging projects. */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}
