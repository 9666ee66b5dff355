import { randomBytes } from 'node:crypto';

/** A random 12-character URL-safe id (72 bits): unique enough for merging projects. */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}

/**
 * Random ids of the service's kind (12 base64url characters, 72 bits) drawn 4,096 at a time: one
 * randomBytes call per id costs about 15 µs, which a million imported annotations notice.
 */
export function pooledRandomIds(): () => string {
  let pool = Buffer.alloc(0);
  let at = 0;
  return () => {
    if (at + 9 > pool.length) {
      pool = randomBytes(9 * 4096);
      at = 0;
    }
    at += 9;
    return pool.toString('base64url', at - 9, at);
  };
}
