import {
  withModifiersOfAttributes,
  type AttributeMap,
  type EventArgument,
  type EventType,
  type TagwrightEvent,
} from '../../shared/model';
import { TagwrightError } from '../../shared/ipc/result';
import { emptyEdit, type ProjectEdit } from './edit-history';
import type { ProjectModel } from './project-model';
import { withAnnotator, type EditAuthor } from './annotation-edits';
import { addRemovalCascade } from './removal-cascade';

export interface NewEvent {
  type: string;
  /** The trigger annotation's id: the event belongs to its document. */
  trigger: string;
  arguments?: EventArgument[];
  attributes?: AttributeMap;
  note?: string;
}

export interface EventUpdate {
  eventId: string;
  type?: string;
  trigger?: string;
  /** The whole new list of role → argument pairs, in order. */
  arguments?: EventArgument[];
  attributes?: AttributeMap;
  note?: string;
}

// As annotation-edits.ts: each function checks its input against the project and the schema and
// describes the whole action as one ProjectEdit, changing nothing.

/** A new event on a trigger annotation (which other events may share). */
export function eventCreation(model: ProjectModel, input: NewEvent, author: EditAuthor): ProjectEdit {
  const trigger = model.annotation(input.trigger);
  const type = checkedType(model, input.type, trigger.label);
  const id = author.newId();
  const event: TagwrightEvent = {
    id,
    documentId: trigger.documentId,
    type: type.id,
    trigger: trigger.id,
    arguments: checkedArguments(model, type, trigger.documentId, id, input.arguments ?? []),
    attributes: input.attributes ?? {},
    note: input.note ?? '',
    annotator: author.annotator,
    createdAt: author.at,
    updatedAt: author.at,
  };
  const edit = withAnnotator(emptyEdit(trigger.documentId), model, author);
  edit.events.push({ before: null, after: event });
  return edit;
}

/** An event's type, trigger, arguments, attributes or note changed; its other fields kept. */
export function eventChange(model: ProjectModel, update: EventUpdate, at: string): ProjectEdit {
  const before = model.event(update.eventId);
  const trigger = model.annotation(update.trigger ?? before.trigger);
  if (trigger.documentId !== before.documentId) {
    throw new TagwrightError('invalid-input', 'An event’s trigger must be in the event’s own document.');
  }
  const type = checkedType(model, update.type ?? before.type, trigger.label);
  // Arguments are checked again when the type changes: the new type's roles must allow them.
  const args =
    update.arguments || update.type !== undefined
      ? checkedArguments(model, type, before.documentId, before.id, update.arguments ?? before.arguments)
      : before.arguments;
  const after = withModifiersOfAttributes({
    ...before,
    type: type.id,
    trigger: trigger.id,
    arguments: args,
    attributes: update.attributes ?? before.attributes,
    note: update.note ?? before.note,
    updatedAt: at,
  });
  const edit = emptyEdit(before.documentId);
  edit.events.push({ before, after });
  return edit;
}

/** An event removed, and taken out of the arguments of the events it filled a role of. */
export function eventDeletion(model: ProjectModel, eventId: string, at: string): ProjectEdit {
  const event = model.event(eventId);
  const edit = emptyEdit(event.documentId);
  addRemovalCascade(model, edit, { annotations: [], events: [event.id] }, at);
  return edit;
}

function checkedType(model: ProjectModel, typeId: string, triggerLabel: string): EventType {
  const type = model.eventType(typeId);
  if (type.triggerLabels.length > 0 && !type.triggerLabels.includes(triggerLabel)) {
    throw new TagwrightError(
      'invalid-input',
      `A "${type.name}" event cannot have a ${triggerLabel} as its trigger (it takes ${type.triggerLabels.join(', ')}).`,
    );
  }
  return type;
}

/**
 * The arguments, if the type allows each: a role it declares, not repeated unless repeatable, a
 * target of the event's document with a label or event type the role takes, no pair twice, and
 * no event that would become, through its arguments, an argument of itself.
 */
function checkedArguments(
  model: ProjectModel,
  type: EventType,
  documentId: string,
  eventId: string,
  args: readonly EventArgument[],
): EventArgument[] {
  const refuse = (message: string): never => {
    throw new TagwrightError('invalid-input', message);
  };
  const seen = new Set<string>();
  const perRole = new Map<string, number>();
  for (const arg of args) {
    const role = type.roles.find((r) => r.id === arg.role);
    if (!role) {
      const roles = type.roles.map((r) => r.id).join(', ') || 'none';
      refuse(`A "${type.name}" event has no role "${arg.role}" (its roles: ${roles}).`);
    }
    const count = (perRole.get(arg.role) ?? 0) + 1;
    perRole.set(arg.role, count);
    if (count > 1 && !role!.repeatable) refuse(`A "${type.name}" event has one "${role!.name}" at most.`);
    const pair = `${arg.role} ${arg.targetKind} ${arg.target}`;
    if (seen.has(pair)) refuse(`The argument ${arg.role} → ${arg.target} is given twice.`);
    seen.add(pair);
    const target = arg.targetKind === 'event' ? model.event(arg.target) : model.annotation(arg.target);
    if (target.documentId !== documentId) refuse('An event’s arguments must be in the event’s own document.');
    const kindOf = 'label' in target ? target.label : target.type;
    const allowed = 'label' in target ? role!.targetLabels : role!.targetEventTypes;
    const any = role!.targetLabels.length === 0 && role!.targetEventTypes.length === 0;
    if (!any && !allowed.includes(kindOf)) {
      const takes = [...role!.targetLabels, ...role!.targetEventTypes.map((t) => `${t} events`)].join(', ');
      refuse(
        `The role "${role!.name}" cannot take a ${'label' in target ? kindOf : `${kindOf} event`} (it takes ${takes}).`,
      );
    }
    if (arg.targetKind === 'event' && (arg.target === eventId || reaches(model, arg.target, eventId))) {
      refuse(`Event "${arg.target}" cannot be an argument of "${eventId}": it has that event among its own arguments.`);
    }
  }
  return [...args];
}

/** True when event `from` has `to` among its arguments, or among theirs, and so on. */
function reaches(model: ProjectModel, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const a of model.event(id).arguments) if (a.targetKind === 'event') stack.push(a.target);
  }
  return false;
}
