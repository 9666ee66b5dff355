import type { AnnotationSchema, TagwrightDocument } from '../../shared/model';
import { ownsDoc } from '../../shared/sync/layer-docs';
import { syncedThingOf, type SyncedThing } from '../../shared/sync/layer-things';
import type { ProjectModel } from '../service/project-model';
import type { ReplicaChange } from './replica-change';

/** What the batch is read with: whose layers this replica owns, and what a new text needs. */
export interface SyncedBatchContext {
  owned: ReadonlySet<string>;
  newId: () => string;
  now: Date;
  hashText: (text: string) => string;
}

export type LayerThing = Extract<SyncedThing, { kind: 'annotation' | 'relation' | 'event' | 'equivalence' | 'entity' }>;

/** Another layer's thing, with the change it came in (kept to try again when it cannot be placed yet). */
export interface ReadThing {
  synced: LayerThing;
  change: ReplicaChange;
}

/** A batch of the replica's changes, sorted: new texts, the curator's schema, others' things and tombstones. */
export interface ReadBatch {
  texts: TagwrightDocument[];
  schema: AnnotationSchema | null;
  things: ReadThing[];
  tombstones: string[];
  /** Things on a text this project lacks and no document of the batch brings: tried again later. */
  held: ReplicaChange[];
  refused: string[];
}

/**
 * Reads a batch of the replica's changes. The replica's own layers are what this replica wrote, so
 * they are passed over (no other replica may change them); a text must hash to its id.
 */
export function readBatch(
  model: ProjectModel,
  changes: readonly ReplicaChange[],
  context: SyncedBatchContext,
): ReadBatch {
  const batch: ReadBatch = { texts: [], schema: null, things: [], tombstones: [], held: [], refused: [] };
  const idOf = new Map(model.project.documents.map((d) => [d.sha256, d.id]));
  for (const change of changes) {
    if (change.deleted || kindOf(change) !== 'document') continue;
    const read = syncedThingOf(change.doc, () => undefined);
    if (read.status !== 'read' || read.synced.kind !== 'document') {
      batch.refused.push(read.status === 'refused' ? read.problem : change.id);
    } else if (context.hashText(read.synced.text) !== read.synced.sha256) {
      batch.refused.push(`${change.id}: its text does not hash to its id`);
    } else if (!idOf.has(read.synced.sha256)) {
      const document = newDocument(read.synced, context);
      idOf.set(document.sha256, document.id);
      batch.texts.push(document);
    }
  }
  for (const change of changes) {
    if (change.deleted) batch.tombstones.push(change.id);
    else if (kindOf(change) !== 'document') readThing(batch, change, (sha) => idOf.get(sha), context.owned);
  }
  return batch;
}

function readThing(
  batch: ReadBatch,
  change: ReplicaChange,
  documentIdOf: (sha256: string) => string | undefined,
  owned: ReadonlySet<string>,
): void {
  const read = syncedThingOf(change.doc, documentIdOf);
  if (read.status === 'no-text') batch.held.push(change);
  else if (read.status === 'refused') batch.refused.push(read.problem);
  else if (read.synced.kind === 'schema') {
    // The curator's copy keeps its own schema; every other copy takes the curator's (whoever wrote it before).
    if (!ownsDoc(owned, read.synced)) batch.schema = read.synced.schema;
  } else if (read.synced.kind !== 'document' && !owned.has(ownerOf(read.synced))) {
    batch.things.push({ synced: read.synced, change });
  }
}

/** Whose layer a synced thing is. */
function ownerOf(synced: LayerThing): string {
  return synced.kind === 'entity' ? synced.annotator : synced.thing.annotator;
}

function kindOf(change: ReplicaChange): unknown {
  return (change.doc as { kind?: unknown } | undefined)?.kind;
}

function newDocument(
  text: { title: string; text: string; sha256: string; fileName: string },
  context: SyncedBatchContext,
): TagwrightDocument {
  return {
    id: context.newId(),
    title: text.title,
    text: text.text,
    sha256: text.sha256,
    source: {
      fileName: text.fileName,
      encoding: 'utf-8',
      lineEndings: text.text.includes('\n') ? 'lf' : 'none',
      importedAt: context.now.toISOString(),
    },
    status: 'new',
    metadata: {},
  };
}
