import type { AnnotationSchema, Entity, TagwrightDocument } from '../../shared/model';
import { kindOfDocId, thingIdOfDocId } from '../../shared/sync/sync-docs';
import type { ProjectEdit } from '../service/edit-history';
import type { ProjectAdditions, ProjectModel } from '../service/project-model';
import { addRemovalCascade } from '../service/removal-cascade';
import type { ReplicaChange } from './replica-change';
import { readBatch, type ReadThing, type SyncedBatchContext } from './synced-batch-reading';
import { SyncedEditDraft } from './synced-edit-draft';
import { placeable, type ProjectTypes } from './synced-thing-checks';

export type { SyncedBatchContext } from './synced-batch-reading';

/** What a batch from the replica does to the project: added first (texts, types, entities), then one edit. */
export interface SyncedBatch {
  additions: ProjectAdditions & { documents: TagwrightDocument[]; entities: Entity[] };
  /** Others' things put and removed; null when the batch changes none. */
  edit: ProjectEdit | null;
  /** Changes whose text or references are not here yet: the session tries them again with the next batch. */
  held: ReplicaChange[];
  /** Documents no replica should have written (bad shape, an id that is not its content's): named, never applied. */
  refused: string[];
  /** How many of others' things came in (put) and went (removed, with what their removal took along). */
  put: number;
  removed: number;
}

/**
 * Turns a batch of the replica's changes into what it does to the project. Nothing of this
 * replica's own layers is touched (its tombstones and documents are its own writing); a thing is
 * placed only when what it points to is here (its label, its annotations, its trigger), else it
 * waits; a thing already as the batch says is left alone, so a batch applied twice changes nothing.
 */
export function syncedBatch(
  model: ProjectModel,
  changes: readonly ReplicaChange[],
  context: SyncedBatchContext,
): SyncedBatch {
  const read = readBatch(model, changes, context);
  const additions = {
    documents: read.texts,
    entities: [] as Entity[],
    ...schemaAdditions(model.project.schema, read.schema),
  };
  const draft = new SyncedEditDraft(model);
  removeTombstoned(model, draft, read.tombstones, context);
  const types = projectTypes(model.project.schema, additions);
  const entities = new Set(model.project.entities.map((e) => e.id));
  for (const { synced } of read.things) {
    if (synced.kind === 'entity' && !entities.has(synced.thing.id)) {
      entities.add(synced.thing.id);
      additions.entities.push(synced.thing);
    }
  }
  const documents = new Map([...model.project.documents, ...read.texts].map((d) => [d.id, d]));
  const placing = placeThings(draft, read.things, { ...types, entities, documents, owned: context.owned });
  addAnnotators(model, draft);
  return {
    additions,
    edit: draft.isEmpty ? null : draft.edit,
    held: [...read.held, ...placing.waiting.map((t) => t.change)],
    refused: read.refused,
    put: placing.put,
    removed: removedCount(draft.edit),
  };
}

/**
 * Places things until a round places none (an event may name one later in the batch): how many
 * changed the project, and those still waiting for what they point to.
 */
function placeThings(draft: SyncedEditDraft, things: readonly ReadThing[], types: ProjectTypes) {
  const order = ['annotation', 'relation', 'event', 'equivalence'] as const;
  let waiting = order.flatMap((kind) => things.filter((t) => t.synced.kind === kind));
  let put = 0;
  for (let placed = true; placed && waiting.length > 0;) {
    const left = waiting.filter((t) => !placeable(draft, t.synced, types));
    for (const t of waiting) if (!left.includes(t) && place(draft, t.synced)) put++;
    placed = left.length < waiting.length;
    waiting = left;
  }
  return { put, waiting };
}

/** Puts a thing in the edit unless the project has it as it is; says whether it did. */
function place(draft: SyncedEditDraft, synced: ReadThing['synced']): boolean {
  switch (synced.kind) {
    case 'annotation':
      return draft.putChanged('annotations', synced.thing);
    case 'relation':
      return draft.putChanged('relations', synced.thing);
    case 'event':
      return draft.putChanged('events', synced.thing);
    case 'equivalence':
      return draft.putChanged('equivalences', synced.thing);
    case 'entity':
      return false;
  }
}

/**
 * Removes what others' tombstones name (never this replica's own layers), with what the removal
 * takes along, as a local deletion does: relations to it, the events it triggers, its place in
 * other events and groups.
 */
function removeTombstoned(
  model: ProjectModel,
  draft: SyncedEditDraft,
  ids: readonly string[],
  context: SyncedBatchContext,
): void {
  const others = <T extends { annotator: string }>(t: T | undefined): t is T =>
    t !== undefined && !context.owned.has(t.annotator);
  const byKind = (kind: string) => ids.filter((id) => kindOfDocId(id) === kind).map(thingIdOfDocId);
  const annotations = byKind('annotation')
    .map((id) => model.annotations.get(id))
    .filter(others);
  const events = byKind('event')
    .map((id) => model.findEvent(id))
    .filter(others);
  addRemovalCascade(
    model,
    draft.edit,
    { annotations: annotations.map((a) => a.id), events: events.map((e) => e.id) },
    context.now.toISOString(),
  );
  for (const a of annotations) draft.edit.annotations.push({ before: a, after: null });
  draft.indexSteps();
  const relations = byKind('relation').filter((id) => others(draft.current('relations', id)));
  const groups = byKind('equivalence').filter((id) => others(draft.current('equivalences', id)));
  for (const id of relations) draft.put('relations', id, null);
  for (const id of groups) draft.put('equivalences', id, null);
}

/** The things an edit removes: what the owners deleted and what went with it. */
function removedCount(edit: ProjectEdit): number {
  const steps = [...edit.annotations, ...edit.relations, ...edit.events, ...edit.equivalences];
  return steps.filter((t) => t.after === null).length;
}

/** The curator's label, relation, event and group types this project lacks (none is removed: a local annotation may use it). */
function schemaAdditions(local: AnnotationSchema, synced: AnnotationSchema | null) {
  const missing = <T extends { id: string }>(theirs: readonly T[] | undefined, ours: readonly T[]) =>
    (theirs ?? []).filter((t) => !ours.some((o) => o.id === t.id));
  return {
    labels: missing(synced?.labels, local.labels),
    relationTypes: missing(synced?.relationTypes, local.relationTypes),
    eventTypes: missing(synced?.eventTypes, local.eventTypes),
    equivalenceTypes: missing(synced?.equivalenceTypes, local.equivalenceTypes),
  };
}

function projectTypes(schema: AnnotationSchema, added: ReturnType<typeof schemaAdditions>) {
  const ids = (a: readonly { id: string }[], b: readonly { id: string }[]) => new Set([...a, ...b].map((t) => t.id));
  return {
    labels: ids(schema.labels, added.labels),
    relationTypes: ids(schema.relationTypes, added.relationTypes),
    eventTypes: ids(schema.eventTypes, added.eventTypes),
    equivalenceTypes: ids(schema.equivalenceTypes, added.equivalenceTypes),
  };
}

/** Each annotator whose work comes in for the first time is noted in the project's list. */
function addAnnotators(model: ProjectModel, draft: SyncedEditDraft): void {
  const e = draft.edit;
  const names = new Set(
    [...e.annotations, ...e.relations, ...e.events, ...e.equivalences].flatMap((t) =>
      t.after ? [t.after.annotator] : [],
    ),
  );
  for (const name of names) {
    if (name !== '' && !model.hasAnnotator(name)) e.annotators.push({ before: null, after: { id: name, name } });
  }
}
