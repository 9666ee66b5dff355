import { z } from 'zod';
import {
  annotationSchema,
  annotationSchemaSchema,
  entitySchema,
  equivalenceSchema,
  eventSchema,
  relationSchema,
  type Annotation,
  type AnnotationSchema,
  type Entity,
  type Equivalence,
  type Relation,
  type TagwrightEvent,
} from '../model';
import { layerDocId, SCHEMA_DOC_ID, textDocId, type LayerKind } from './sync-docs';

/** A thing read back from a sync document, in the project's own shape (its document found by hash). */
export type SyncedThing =
  | { kind: 'annotation'; thing: Annotation }
  | { kind: 'relation'; thing: Relation }
  | { kind: 'event'; thing: TagwrightEvent }
  | { kind: 'equivalence'; thing: Equivalence }
  | { kind: 'entity'; thing: Entity; annotator: string }
  | { kind: 'document'; sha256: string; title: string; text: string; fileName: string }
  | { kind: 'schema'; annotator: string; schema: AnnotationSchema };

/** What reading one sync document gives: the thing, one whose text this project lacks, or why it is refused. */
export type SyncedThingResult =
  | { status: 'read'; synced: SyncedThing }
  | { status: 'no-text'; documentSha256: string }
  | { status: 'refused'; problem: string };

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const envelopeSchema = z.object({
  _id: z.string(),
  kind: z.enum(['annotation', 'relation', 'event', 'equivalence', 'entity']),
  annotator: z.string(),
  documentSha256: sha256Schema,
  body: z.record(z.string(), z.unknown()),
});
const textDocSchema = z.object({
  _id: z.string(),
  kind: z.literal('document'),
  sha256: sha256Schema,
  title: z.string(),
  text: z.string(),
  fileName: z.string(),
});
const schemaDocSchema = z.object({
  _id: z.literal(SCHEMA_DOC_ID),
  kind: z.literal('schema'),
  annotator: z.string(),
  schema: annotationSchemaSchema,
});

/**
 * Reads a document from the server (anyone may have written it): checked against the model's own
 * schemas, its id must be the one its content gives (so a doc cannot pass for another thing or
 * layer), and its document is found by the text's hash. The inverse of layerDocs, per document.
 * A text document's hash is checked by main (hashing is node's).
 */
export function syncedThingOf(raw: unknown, documentIdOf: (sha256: string) => string | undefined): SyncedThingResult {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  if (kind === 'document') return textThingOf(raw);
  if (kind === 'schema') {
    const parsed = schemaDocSchema.safeParse(raw);
    if (!parsed.success) return refused(parsed.error);
    return { status: 'read', synced: { kind: 'schema', annotator: parsed.data.annotator, schema: parsed.data.schema } };
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return refused(envelope.error);
  const doc = envelope.data;
  const documentId = documentIdOf(doc.documentSha256);
  if (documentId === undefined) return { status: 'no-text', documentSha256: doc.documentSha256 };
  const hasDocument = doc.kind === 'annotation' || doc.kind === 'event' || doc.kind === 'equivalence';
  const synced = layerThingOf(doc.kind, hasDocument ? { ...doc.body, documentId } : doc.body, doc.annotator);
  if ('problem' in synced) return { status: 'refused', problem: `${doc._id}: ${synced.problem}` };
  const owner = synced.kind === 'entity' ? synced.annotator : synced.thing.annotator;
  if (owner !== doc.annotator || layerDocId(doc.kind, synced.thing.id, doc.annotator) !== doc._id) {
    return { status: 'refused', problem: `${doc._id}: its id or annotator does not match its content` };
  }
  return { status: 'read', synced };
}

/** A layer thing's body checked by the model's own schema for its kind. */
function layerThingOf(
  kind: LayerKind,
  body: unknown,
  annotator: string,
): Extract<SyncedThing, { kind: LayerKind }> | { problem: string } {
  /** The body parsed by `schema`, made the thing with `make`; or why not. */
  const read = <T, R>(schema: z.ZodType<T>, make: (thing: T) => R) => {
    const parsed = schema.safeParse(body);
    return parsed.success ? make(parsed.data) : { problem: problemOf(parsed.error) };
  };
  switch (kind) {
    case 'annotation':
      return read(annotationSchema, (thing) => ({ kind, thing }));
    case 'relation':
      return read(relationSchema, (thing) => ({ kind, thing }));
    case 'event':
      return read(eventSchema, (thing) => ({ kind, thing }));
    case 'equivalence':
      return read(equivalenceSchema, (thing) => ({ kind, thing }));
    case 'entity':
      return read(entitySchema, (thing) => ({ kind, thing, annotator }));
  }
}

function textThingOf(raw: unknown): SyncedThingResult {
  const parsed = textDocSchema.safeParse(raw);
  if (!parsed.success) return refused(parsed.error);
  const { _id, ...text } = parsed.data;
  if (_id !== textDocId(text.sha256)) return { status: 'refused', problem: `${_id}: not the id of its text's hash` };
  return { status: 'read', synced: text };
}

function refused(error: z.ZodError): SyncedThingResult {
  return { status: 'refused', problem: problemOf(error) };
}

function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'not a sync document'}`;
}
