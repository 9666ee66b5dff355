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
/** Values one multiple-choice attribute may hold, and choices one definition may offer. */
export const MAX_CHOSEN_VALUES = 200;
export const DOCUMENT_TITLE_MAX_LENGTH = 1000;
export const SOURCE_FILE_NAME_MAX_LENGTH = 1000;
export const ENTITY_NAME_MAX_LENGTH = 500;
export const PROJECT_NAME_MAX_LENGTH = 300;
/** Pieces of one discontinuous span made or grown in the app (imports keep what the file holds). */
export const MAX_FRAGMENTS = 100;
/** Role → argument pairs one event may hold (BioNLP events have a handful). */
export const EVENT_MAX_ARGUMENTS = 200;
/** Annotations one equivalence group may hold (a coreference chain through a long document). */
export const EQUIVALENCE_MAX_MEMBERS = 10000;
/** Typed comments (brat `#` lines other than the note) on one annotation, relation or event. */
export const MAX_COMMENTS = 100;
/** A comment's type, as brat writes it (`AnnotatorNotes`, `Lemma`): one word. */
export const COMMENT_TYPE_MAX_LENGTH = 100;
/** Normalizations (links to an entry of a knowledge base, brat `N` lines) on one annotation or event. */
export const MAX_NORMALIZATIONS = 100;
/** A normalization's resource (`Wikipedia`, `UniProt`): one word without ":". */
export const NORMALIZATION_RESOURCE_MAX_LENGTH = 100;
/** A normalization's entry id in its resource (`534366`, `P12345`): one word. */
export const NORMALIZATION_ENTRY_MAX_LENGTH = 200;
/** The entry's name as the resource gives it (`Barack Obama`). */
export const NORMALIZATION_TEXT_MAX_LENGTH = 1000;
