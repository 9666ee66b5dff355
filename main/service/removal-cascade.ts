import type { EventArgument } from '../../shared/model';
import type { ProjectEdit } from './edit-history';
import type { ProjectModel } from './project-model';

/**
 * Adds to `edit` what removing these annotations and events takes along, so that nothing left
 * points to them and undo brings everything back in one step: the relations from or to a removed
 * annotation; the events it triggers (removed too); the arguments a removed annotation or event
 * filled in other events (those events stay, trimmed); its place in equivalence groups (a group
 * left with fewer than two members goes).
 */
export function addRemovalCascade(
  model: ProjectModel,
  edit: ProjectEdit,
  removed: { annotations: readonly string[]; events: readonly string[] },
  at: string,
): void {
  const relations = new Map(removed.annotations.flatMap((id) => model.relationsOf(id)).map((r) => [r.id, r]));
  for (const r of relations.values()) edit.relations.push({ before: r, after: null });

  const goneEvents = new Set(removed.events);
  for (const id of removed.annotations) for (const e of model.eventsTriggeredBy(id)) goneEvents.add(e.id);
  for (const id of goneEvents) edit.events.push({ before: model.event(id), after: null });

  const goneAnnotations = new Set(removed.annotations);
  const isGone = (a: EventArgument) =>
    a.targetKind === 'event' ? goneEvents.has(a.target) : goneAnnotations.has(a.target);
  const users = new Map(
    [
      ...removed.annotations.map((target) => ({ target, targetKind: 'annotation' as const })),
      ...[...goneEvents].map((target) => ({ target, targetKind: 'event' as const })),
    ]
      .flatMap((target) => model.eventsWithArgument(target))
      .filter((e) => !goneEvents.has(e.id))
      .map((e) => [e.id, e]),
  );
  for (const before of users.values()) {
    edit.events.push({
      before,
      after: { ...before, arguments: before.arguments.filter((a) => !isGone(a)), updatedAt: at },
    });
  }

  const groups = new Map(removed.annotations.flatMap((id) => model.equivalencesOf(id)).map((g) => [g.id, g]));
  for (const before of groups.values()) {
    const members = before.members.filter((m) => !goneAnnotations.has(m));
    edit.equivalences.push({ before, after: members.length >= 2 ? { ...before, members } : null });
  }
}
