import { PROJECT_VERSION } from '../../shared/model';

/** One step lifting a raw project of version N to N + 1. */
export type MigrationStep = (raw: Record<string, unknown>) => Record<string, unknown>;

/** Migration steps keyed by the version they lift from. */
export type MigrationTable = Readonly<Record<number, MigrationStep>>;

/**
 * Steps that lift a raw project file of version N to N + 1, keyed by N. They see the project with
 * its annotations already read into one object each (parse-project-file.ts reads each version's
 * layout), so a step changes only what the data means. Each format change adds one step here and a
 * fixture file of the old version under tests/fixtures/projects/.
 */
export const PROJECT_MIGRATIONS: MigrationTable = {
  // Version 2 changed only how annotations are laid out in the file (column blocks per document,
  // see annotation-columns.ts), which the reader handles; the data itself is unchanged.
  1: (raw) => raw,
  // Version 3 adds events and equivalence groups (none in an older file), relation notes and
  // lossless brat normalizations: a brat import of version 2 kept N lines as a "normalization"
  // attribute ("Wikidata:Q72 UniProt:P1"), which becomes the annotation's normalizations.
  2: (raw) => ({
    ...raw,
    annotations: Array.isArray(raw.annotations)
      ? raw.annotations.map((row: unknown) => withNormalizations(row, labelsDefining(raw.schema, 'normalization')))
      : raw.annotations,
    events: [],
    equivalences: [],
  }),
  // Version 4 remembers the suggestions rejected in each document; older files had none.
  3: (raw) => ({ ...raw, suggestionRejections: [] }),
  // Version 5 adds to what the file may hold, and changes nothing already in it: attribute types
  // `date` and multiple choice, defaults and required attributes, document attributes in the
  // schema, and mentions linked to entities. The step fills the schema's document attributes, so
  // a version 4 file reads back exactly as written. (The bump keeps version 4 builds from opening,
  // and refusing, a file with values they cannot read.)
  4: (raw) => ({ ...raw, schema: withDocumentAttributes(raw.schema) }),
  // Version 6 adds the team's records: documents assigned to annotators and each document's
  // curation; an older file has neither. (Who last changed an annotation, `updatedBy`, is absent
  // where its annotator did, so older rows need nothing.)
  5: (raw) => ({ ...raw, assignments: [], curation: [] }),
};

function withDocumentAttributes(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  return 'documentAttributes' in schema ? schema : { ...schema, documentAttributes: [] };
}

/** Version 2's brat normalizations: "DB:ID" words, space-separated. */
const NORMALIZATION_WORDS = /^[^\s:]+:\S+(?: [^\s:]+:\S+)*$/;

/**
 * A version 2 annotation row with its "normalization" attribute (as version 2's brat import
 * wrote it) moved to `normalizations`, the entries' names unknown (""). Left alone: a value of
 * another shape, or a label whose schema declares a "normalization" attribute of its own.
 */
function withNormalizations(row: unknown, declaredBy: ReadonlySet<string>): unknown {
  if (typeof row !== 'object' || row === null) return row;
  const a = row as Record<string, unknown>;
  const attributes = a.attributes as Record<string, unknown> | undefined;
  const value =
    typeof attributes === 'object' && attributes !== null
      ? Object.getOwnPropertyDescriptor(attributes, 'normalization')?.value
      : undefined;
  if (typeof value !== 'string' || !NORMALIZATION_WORDS.test(value) || declaredBy.has(String(a.label))) return row;
  const kept = { ...attributes };
  delete kept.normalization;
  const normalizations = value.split(' ').map((word) => {
    const colon = word.indexOf(':');
    return { resource: word.slice(0, colon), entry: word.slice(colon + 1), text: '' };
  });
  return { ...a, attributes: kept, normalizations };
}

/** Ids of the labels whose attribute definitions include `name`. */
function labelsDefining(schema: unknown, name: string): Set<string> {
  const labels = (schema as { labels?: unknown } | null)?.labels;
  const ids = new Set<string>();
  if (!Array.isArray(labels)) return ids;
  for (const label of labels as { id?: unknown; attributes?: unknown }[]) {
    const definitions = Array.isArray(label?.attributes) ? (label.attributes as { name?: unknown }[]) : [];
    if (definitions.some((d) => d?.name === name)) ids.add(String(label.id));
  }
  return ids;
}

/**
 * Brings a raw, already version-checked project object up to `toVersion` (the current version
 * unless a test runs its own table). Each step's result gets its version stamped.
 */
export function migrateProject(
  raw: Record<string, unknown>,
  fromVersion: number,
  migrations: MigrationTable = PROJECT_MIGRATIONS,
  toVersion: number = PROJECT_VERSION,
): Record<string, unknown> {
  let current = raw;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration from format version ${v}`);
    current = { ...step(current), version: v + 1 };
  }
  return current;
}
