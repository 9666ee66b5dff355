import { GOLD_ANNOTATOR, type Annotation, type Project } from '../model';
import {
  layerDocId,
  SCHEMA_DOC_ID,
  textDocId,
  type AnnotationDoc,
  type EntityDoc,
  type EquivalenceDoc,
  type EventDoc,
  type RelationDoc,
  type SchemaDoc,
  type SyncDoc,
  type TextDoc,
} from './sync-docs';

/** Who this replica writes for: its annotator's layer, and the gold layer and schema when it is the curator's. */
export interface SyncOwner {
  annotator: string;
  curator: boolean;
}

/**
 * The layers (annotator ids) a replica owns. Gold is the curator's alone: a copy that is not the
 * curator's never writes it, whatever gold it holds (a merged file) and even if its annotator is
 * called "gold"; it receives the curator's instead.
 */
export function ownedLayers(owner: SyncOwner): ReadonlySet<string> {
  const layers = new Set([owner.annotator]);
  if (owner.curator) layers.add(GOLD_ANNOTATOR);
  else layers.delete(GOLD_ANNOTATOR);
  return layers;
}

/**
 * Whether a replica owning `owned` writes this sync document, so may change or tombstone it and
 * never takes it from another: a layer's things by their annotator, the schema with the gold layer
 * (the curator's), a text nobody (written once by whoever needs it first).
 */
export function ownsDoc(owned: ReadonlySet<string>, doc: Readonly<Record<string, unknown>>): boolean {
  if (doc.kind === 'document') return false;
  if (doc.kind === 'schema') return owned.has(GOLD_ANNOTATOR);
  return typeof doc.annotator === 'string' && owned.has(doc.annotator);
}

/**
 * The documents a replica publishes: every thing of its owned layers, the entities they link to,
 * the texts they are on, and the schema when it is the curator's. JSON as the server keeps it
 * (no undefined fields), so what comes back compares equal.
 */
export function layerDocs(project: Project, owner: SyncOwner): SyncDoc[] {
  const owned = ownedLayers(owner);
  const mine = <T extends { annotator: string }>(things: readonly T[]) => things.filter((t) => owned.has(t.annotator));
  const shaOf = new Map(project.documents.map((d) => [d.id, d.sha256]));
  const annotations = mine(project.annotations);
  const byId = new Map(project.annotations.map((a) => [a.id, a]));
  const docs: SyncDoc[] = [];
  for (const { documentId, ...body } of annotations) {
    docs.push(jsonOf<AnnotationDoc>(layerDoc('annotation', body, shaOf.get(documentId)!)));
  }
  for (const r of mine(project.relations)) {
    const from = byId.get(r.from);
    if (from) docs.push(jsonOf<RelationDoc>(layerDoc('relation', r, shaOf.get(from.documentId)!)));
  }
  for (const { documentId, ...body } of mine(project.events)) {
    docs.push(jsonOf<EventDoc>(layerDoc('event', body, shaOf.get(documentId)!)));
  }
  for (const { documentId, ...body } of mine(project.equivalences)) {
    docs.push(jsonOf<EquivalenceDoc>(layerDoc('equivalence', body, shaOf.get(documentId)!)));
  }
  for (const doc of linkedEntityDocs(project, annotations)) docs.push(doc);
  for (const doc of textDocs(project, annotations)) docs.push(doc);
  if (owner.curator)
    docs.push(
      jsonOf<SchemaDoc>({ _id: SCHEMA_DOC_ID, kind: 'schema', annotator: owner.annotator, schema: project.schema }),
    );
  return docs;
}

function layerDoc<
  K extends AnnotationDoc['kind'] | RelationDoc['kind'] | EventDoc['kind'] | EquivalenceDoc['kind'],
  T extends { id: string; annotator: string },
>(kind: K, body: T, documentSha256: string) {
  return { _id: layerDocId(kind, body.id, body.annotator), kind, annotator: body.annotator, documentSha256, body };
}

/** The entities a layer's annotations link to, published under that layer (one doc per layer and entity). */
function linkedEntityDocs(project: Project, annotations: readonly Annotation[]): EntityDoc[] {
  const entities = new Map(project.entities.map((e) => [e.id, e]));
  const shaOf = new Map(project.documents.map((d) => [d.id, d.sha256]));
  const docs = new Map<string, EntityDoc>();
  for (const a of annotations) {
    const entity = a.entity === undefined ? undefined : entities.get(a.entity);
    if (!entity) continue;
    const _id = layerDocId('entity', entity.id, a.annotator);
    if (docs.has(_id)) continue;
    // The first linking mention's text: an entity is project-wide, the hash only says where it was met.
    const documentSha256 = shaOf.get(a.documentId)!;
    docs.set(_id, jsonOf<EntityDoc>({ _id, kind: 'entity', annotator: a.annotator, documentSha256, body: entity }));
  }
  return [...docs.values()];
}

/** The texts a layer is on, each once. */
function textDocs(project: Project, annotations: readonly Annotation[]): TextDoc[] {
  const used = new Set(annotations.map((a) => a.documentId));
  return project.documents
    .filter((d) => used.has(d.id))
    .map((d) => ({
      _id: textDocId(d.sha256),
      kind: 'document',
      sha256: d.sha256,
      title: d.title,
      text: d.text,
      fileName: d.source.fileName,
    }));
}

/** The value as JSON keeps it: undefined fields dropped, as the server would. */
function jsonOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
