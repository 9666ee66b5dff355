import { ENTITY_NAME_MAX_LENGTH, type Annotation, type Entity } from '../../shared/model';
import { TagwrightError } from '../../shared/ipc/result';
import { emptyEdit, type ProjectEdit } from './edit-history';
import type { ProjectModel } from './project-model';
import type { EditAuthor } from './annotation-edits';

// Canonical entities: each function checks its input and describes the whole action as one
// ProjectEdit (the entities made, renamed or removed, and every mention whose link moved), so one
// undo restores both the entities and the links.

export interface NewEntity {
  name: string;
  label: string;
  aliases?: string[];
  /** Annotations to link to it at once (the mention it was named after). */
  mentions?: string[];
}

export interface EntityUpdate {
  entityId: string;
  name?: string;
  aliases?: string[];
}

export interface EntityMerge {
  /** The entity that stays. */
  into: string;
  /** The entities merged into it: their mentions move, their names become its aliases. */
  from: string[];
}

export interface EntitySplit {
  entityId: string;
  /** Mentions of the entity that move to the new one. */
  annotationIds: string[];
  name: string;
}

/** A new entity of a label, linked at once to the mentions given (which must carry that label). */
export function entityCreation(model: ProjectModel, input: NewEntity, author: EditAuthor): ProjectEdit {
  model.checkLabel(input.label);
  const entity: Entity = {
    id: author.newId(),
    name: entityName(input.name),
    label: input.label,
    aliases: aliasList(input.aliases ?? [], input.name),
  };
  const mentions = distinct(input.mentions ?? []).map((id) => model.annotation(id));
  const edit = emptyEdit(documentOf(mentions));
  edit.entities.push({ before: null, after: entity });
  for (const a of mentions) linkInto(edit, a, entity, author.at);
  return edit;
}

/** Renames an entity or replaces its aliases; its mentions are untouched. */
export function entityChange(model: ProjectModel, update: EntityUpdate): ProjectEdit {
  const before = model.entity(update.entityId);
  const name = update.name === undefined ? before.name : entityName(update.name);
  const after: Entity = { ...before, name, aliases: aliasList(update.aliases ?? before.aliases, name) };
  const edit = emptyEdit(null);
  edit.entities.push({ before, after });
  return edit;
}

/** Links a mention to an entity of its label, or unlinks it (null). */
export function mentionLink(
  model: ProjectModel,
  annotationId: string,
  entityId: string | null,
  at: string,
): ProjectEdit {
  const annotation = model.annotation(annotationId);
  const edit = emptyEdit(annotation.documentId);
  if (entityId === null) {
    if (annotation.entity !== undefined) edit.annotations.push({ before: annotation, after: unlinked(annotation, at) });
    return edit;
  }
  linkInto(edit, annotation, model.entity(entityId), at);
  return edit;
}

/** Moves every mention of `from` to `into`, whose aliases gain their names; `from` are removed. */
export function entityMerge(model: ProjectModel, input: EntityMerge, at: string): ProjectEdit {
  const into = model.entity(input.into);
  const from = distinct(input.from).map((id) => model.entity(id));
  if (from.length === 0 || from.some((e) => e.id === into.id)) {
    throw new TagwrightError('invalid-input', `Choose other entities to merge into "${into.name}".`);
  }
  const other = from.find((e) => e.label !== into.label);
  if (other) {
    throw new TagwrightError(
      'invalid-input',
      `"${other.name}" is a ${other.label} and "${into.name}" a ${into.label}: only entities of one label merge.`,
    );
  }
  const names = from.flatMap((e) => [e.name, ...e.aliases]);
  const merged: Entity = { ...into, aliases: aliasList([...into.aliases, ...names], into.name) };
  const mentions = from.flatMap((e) => model.mentionsOf(e.id));
  const edit = emptyEdit(documentOf(mentions));
  edit.entities.push({ before: into, after: merged });
  for (const e of from) edit.entities.push({ before: e, after: null });
  for (const a of mentions) edit.annotations.push({ before: a, after: { ...a, entity: into.id, updatedAt: at } });
  return edit;
}

/** A new entity of the same label, named `name`, taking the given mentions of an entity along. */
export function entitySplit(model: ProjectModel, input: EntitySplit, author: EditAuthor): ProjectEdit {
  const source = model.entity(input.entityId);
  const mentions = distinct(input.annotationIds).map((id) => model.annotation(id));
  const stranger = mentions.find((a) => a.entity !== source.id);
  if (mentions.length === 0 || stranger) {
    const what = stranger ? `"${stranger.quote}" is not` : 'No annotation given is';
    throw new TagwrightError(
      'invalid-input',
      `${what} a mention of "${source.name}": choose its mentions to split off.`,
    );
  }
  return entityCreation(model, { name: input.name, label: source.label, mentions: input.annotationIds }, author);
}

/** Removes an entity; its mentions stay, unlinked. */
export function entityDeletion(model: ProjectModel, entityId: string, at: string): ProjectEdit {
  const entity = model.entity(entityId);
  const mentions = model.mentionsOf(entity.id);
  const edit = emptyEdit(documentOf(mentions));
  edit.entities.push({ before: entity, after: null });
  for (const a of mentions) edit.annotations.push({ before: a, after: unlinked(a, at) });
  return edit;
}

function linkInto(edit: ProjectEdit, annotation: Annotation, entity: Entity, at: string): void {
  if (annotation.label !== entity.label) {
    throw new TagwrightError(
      'invalid-input',
      `"${annotation.quote}" is a ${annotation.label}: it cannot name "${entity.name}", a ${entity.label}.`,
    );
  }
  if (annotation.entity === entity.id) return;
  edit.annotations.push({ before: annotation, after: { ...annotation, entity: entity.id, updatedAt: at } });
}

function unlinked(annotation: Annotation, at: string): Annotation {
  const { entity: _dropped, ...rest } = annotation;
  return { ...rest, updatedAt: at };
}

/** The one document the mentions are in; null when none or several (the change then names each). */
function documentOf(mentions: readonly Annotation[]): string | null {
  const documents = new Set(mentions.map((a) => a.documentId));
  return documents.size === 1 ? mentions[0]!.documentId : null;
}

function entityName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > ENTITY_NAME_MAX_LENGTH) {
    throw new TagwrightError('invalid-input', `An entity needs a name of 1 to ${ENTITY_NAME_MAX_LENGTH} characters.`);
  }
  return trimmed;
}

/** Aliases trimmed, each once, never the entity's own name. */
function aliasList(aliases: readonly string[], name: string): string[] {
  const kept = new Set(aliases.map((a) => a.trim()).filter((a) => a !== '' && a !== name.trim()));
  return [...kept];
}

const distinct = (ids: readonly string[]): string[] => [...new Set(ids)];
