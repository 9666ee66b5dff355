import type { TagwrightDocument } from '../../shared/model';
import type { LayerThing } from './synced-batch-reading';
import type { SyncedEditDraft } from './synced-edit-draft';

/** What a synced thing may point to: the project's types (with the batch's), entities, texts, and this replica's layers. */
export interface ProjectTypes {
  labels: ReadonlySet<string>;
  relationTypes: ReadonlySet<string>;
  eventTypes: ReadonlySet<string>;
  equivalenceTypes: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  documents: ReadonlyMap<string, TagwrightDocument>;
  owned: ReadonlySet<string>;
}

/**
 * Whether a synced thing can be placed now: what it points to is here (the project would refuse
 * it on the next open otherwise), and its id is not one of this replica's own things.
 */
export function placeable(draft: SyncedEditDraft, synced: LayerThing, types: ProjectTypes): boolean {
  const annotation = (id: string) => draft.current('annotations', id) !== undefined;
  switch (synced.kind) {
    case 'annotation': {
      const a = synced.thing;
      const text = types.documents.get(a.documentId)?.text;
      const anchored = text !== undefined && a.end <= text.length && text.slice(a.start, a.end) === a.quote;
      const linked = a.entity === undefined || types.entities.has(a.entity);
      return notOwned(draft.current('annotations', a.id), types) && anchored && linked && types.labels.has(a.label);
    }
    case 'relation': {
      const r = synced.thing;
      const ends = annotation(r.from) && annotation(r.to);
      return notOwned(draft.current('relations', r.id), types) && ends && types.relationTypes.has(r.type);
    }
    case 'event': {
      const e = synced.thing;
      const target = (kind: string, id: string) =>
        kind === 'event' ? draft.current('events', id) !== undefined : annotation(id);
      const args = e.arguments.every((arg) => target(arg.targetKind, arg.target));
      const known = annotation(e.trigger) && args && types.eventTypes.has(e.type);
      return notOwned(draft.current('events', e.id), types) && known;
    }
    case 'equivalence': {
      const g = synced.thing;
      const members = g.members.every(annotation) && types.equivalenceTypes.has(g.type);
      return notOwned(draft.current('equivalences', g.id), types) && members;
    }
    case 'entity':
      return true;
  }
}

/** A thing of this replica's own layer under the same id is never replaced by another's. */
function notOwned(current: { annotator: string } | undefined, types: ProjectTypes): boolean {
  return current === undefined || !types.owned.has(current.annotator);
}
