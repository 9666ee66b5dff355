import { z } from 'zod';

// Every limit and pattern of the project file's fields, declared once. The zod schemas, the
// annotation fast path, the corpus import and the IPC contract all read them from here, so what
// one of them accepts the others accept too (docs/project-file.md lists them).

/** The characters an id may hold, as a regular-expression character class. */
const ID_CHARACTERS = 'A-Za-z0-9_-';
/** A whole id's characters (its length is checked apart, against ID_MAX_LENGTH). */
export const ID_PATTERN = new RegExp(`^[${ID_CHARACTERS}]+$`);
/** Runs of characters an id may not hold (global: for replacing them). */
export const NOT_ID_CHARACTERS = new RegExp(`[^${ID_CHARACTERS}]+`, 'g');
export const ID_MAX_LENGTH = 64;

/** An ISO-8601 timestamp with a time zone, as `Date.prototype.toISOString` writes it (zod's public datetime pattern). */
export const TIMESTAMP_PATTERN = z.regexes.datetime({ offset: true, local: false, precision: null });

export const NOTE_MAX_LENGTH = 20000;
/** An annotator's name on an annotation or relation, and an annotator's id and name. */
export const ANNOTATOR_MAX_LENGTH = 200;
/** An attribute's name: a key of an annotation's attributes or a document's metadata, or an attribute definition. */
export const ATTRIBUTE_NAME_MAX_LENGTH = 100;
/** The name of a label or a relation type. */
export const LABEL_NAME_MAX_LENGTH = 100;
export const DESCRIPTION_MAX_LENGTH = 2000;
export const MAX_HOTKEYS = 4;
export const DOCUMENT_TITLE_MAX_LENGTH = 1000;
export const SOURCE_FILE_NAME_MAX_LENGTH = 1000;
export const ENTITY_NAME_MAX_LENGTH = 500;
export const PROJECT_NAME_MAX_LENGTH = 300;
