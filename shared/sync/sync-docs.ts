import type { AnnotationSchema, Annotation, Entity, Equivalence, Relation, TagwrightEvent } from '../model';

/**
 * What a project is on a CouchDB-compatible server: one document per thing, each written by one
 * owner only (its annotator; the gold layer by the curator), so no two replicas ever edit one
 * document and replication never meets a conflict. A deletion is the owner's tombstone.
 */
export type SyncDoc = AnnotationDoc | RelationDoc | EventDoc | EquivalenceDoc | EntityDoc | TextDoc | SchemaDoc;

/** The kinds of thing that belong to a layer (an annotator's work). */
export type LayerKind = 'annotation' | 'relation' | 'event' | 'equivalence' | 'entity';

/** A layer's thing: the owner, the document's text by its hash (ids differ between projects), and the thing. */
interface LayerDoc<K extends LayerKind, T> {
  _id: string;
  kind: K;
  annotator: string;
  /** The SHA-256 of the document's text: projects match documents by content, not by id. */
  documentSha256: string;
  body: T;
}

export type AnnotationDoc = LayerDoc<'annotation', Omit<Annotation, 'documentId'>>;
export type RelationDoc = LayerDoc<'relation', Relation>;
export type EventDoc = LayerDoc<'event', Omit<TagwrightEvent, 'documentId'>>;
export type EquivalenceDoc = LayerDoc<'equivalence', Omit<Equivalence, 'documentId'>>;
/**
 * An entity a layer's annotations link to. Entities are project-wide and carry no annotator, so
 * each layer publishes the ones it links to under its own id (`entity:ana:e1`): one writer still.
 */
export type EntityDoc = LayerDoc<'entity', Entity>;

/** A document's text, for a replica that does not have it yet. Texts never change, so its id is its hash. */
export interface TextDoc {
  _id: string;
  kind: 'document';
  sha256: string;
  title: string;
  text: string;
  fileName: string;
}

/** The project's schema: the curator's. */
export interface SchemaDoc {
  _id: 'schema';
  kind: 'schema';
  annotator: string;
  schema: AnnotationSchema;
}

/** A thing's sync id: its kind and id (and, for an entity, the layer publishing it). */
export function layerDocId(kind: LayerKind, id: string, annotator: string): string {
  return kind === 'entity' ? `entity:${annotator}:${id}` : `${kind}:${id}`;
}

export function textDocId(sha256: string): string {
  return `doc:${sha256}`;
}

export const SCHEMA_DOC_ID = 'schema';

/** The kind a sync id names (what a tombstone, which keeps only its id, was). */
export function kindOfDocId(docId: string): SyncDoc['kind'] | null {
  const kind = docId.slice(0, docId.indexOf(':'));
  if (docId === SCHEMA_DOC_ID) return 'schema';
  if (kind === 'doc') return 'document';
  const kinds: readonly string[] = ['annotation', 'relation', 'event', 'equivalence', 'entity'];
  return kinds.includes(kind) ? (kind as LayerKind) : null;
}

/** The thing's own id in a layer doc's id (`annotation:a1` → `a1`, `entity:ana:e1` → `e1`). */
export function thingIdOfDocId(docId: string): string {
  return docId.slice(docId.lastIndexOf(':') + 1);
}
