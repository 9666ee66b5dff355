import { useMemo } from 'react';
import type { EventType, Relation, RelationType, TagwrightEvent } from '../../shared/model';
import { useWorkbench } from '../store/workbench-store';
import { documentArcs, type ArcSpec } from './document-arcs';

const noRelations: readonly Relation[] = [];
const noEvents: readonly TagwrightEvent[] = [];
const noRelationTypes: readonly RelationType[] = [];
const noEventTypes: readonly EventType[] = [];

/** The open document's arcs, made again only when its relations, events or the schema change. */
export function useDocumentArcs(): readonly ArcSpec[] {
  const relations = useWorkbench((s) => s.current?.relations ?? noRelations);
  const events = useWorkbench((s) => s.current?.events ?? noEvents);
  const relationTypes = useWorkbench((s) => s.session?.project?.schema.relationTypes ?? noRelationTypes);
  const eventTypes = useWorkbench((s) => s.session?.project?.schema.eventTypes ?? noEventTypes);
  return useMemo(
    () => documentArcs(relations, events, relationTypes, eventTypes),
    [relations, events, relationTypes, eventTypes],
  );
}
