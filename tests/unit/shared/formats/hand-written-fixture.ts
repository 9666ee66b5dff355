import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Files written by hand following each format's documentation (tests/fixtures/formats/).
const fixtures = resolve(import.meta.dirname, '../../../fixtures/formats');

/** A hand-written format fixture's text, by its path under tests/fixtures/formats/. */
export const read = (path: string) => readFileSync(join(fixtures, path), 'utf8');
