import { schemaProblems, schemaWithoutLabel, type AnnotationSchema, type SchemaUsage } from '../../shared/model';
import { TagwrightError } from '../../shared/ipc/result';
import { emptyEdit, type ProjectEdit } from './edit-history';
import type { ProjectModel } from './project-model';

/** What deleteLabel is asked: the label, and the label its annotations move to (none: refused while in use). */
export interface LabelDeletion {
  labelId: string;
  moveTo?: string;
}

// As in annotation-edits.ts: each function checks its input and describes the whole action as one
// ProjectEdit, changing nothing; the model applies it and undo reverses all of it (the schema too).

/** The whole schema replaced (labels renamed, recoloured, reordered, added; types and attributes changed). */
export function schemaUpdate(model: ProjectModel, next: AnnotationSchema): ProjectEdit {
  const old = model.project.schema;
  const problems = schemaProblems(old, next, schemaUsage(model));
  if (problems.length > 0) {
    // A key two labels share is one problem said at both: counted once.
    const messages = [...new Set(problems.map((p) => p.message))];
    const others = messages.length - 1;
    const more = others > 0 ? ` (and ${others} more problem${others > 1 ? 's' : ''})` : '';
    throw new TagwrightError('invalid-input', `${messages[0]}${more}`, { problems });
  }
  const edit = emptyEdit(null);
  edit.schemas.push({ before: old, after: next });
  return edit;
}

/**
 * A label taken out of the schema. Its annotations move to `moveTo` (refused while there are any
 * and no `moveTo`: the page shows the count first), and so do the types that allowed it; the
 * suggestions rejected under it are forgotten (the label they were rejected as is gone).
 */
export function labelDeletion(model: ProjectModel, { labelId, moveTo }: LabelDeletion, at: string): ProjectEdit {
  const old = model.project.schema;
  const label = old.labels.find((l) => l.id === labelId);
  if (!label) throw new TagwrightError('not-found', `There is no label "${labelId}" in this project's schema.`);
  if (moveTo !== undefined) {
    model.checkLabel(moveTo);
    if (moveTo === labelId) throw new TagwrightError('invalid-input', `"${label.name}" cannot move to itself.`);
  }
  const used = model.project.annotations.filter((a) => a.label === labelId);
  if (used.length > 0 && moveTo === undefined) {
    const documents = new Set(used.map((a) => a.documentId)).size;
    const message = `"${label.name}" is used by ${used.length} annotation${used.length === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}: choose a label to move them to.`;
    throw new TagwrightError('conflict', message, { annotations: used.length, documents });
  }
  const edit = emptyEdit(null);
  for (const before of used) edit.annotations.push({ before, after: { ...before, label: moveTo!, updatedAt: at } });
  for (const before of model.project.suggestionRejections) {
    if (before.label === labelId) edit.rejections.push({ before, after: null });
  }
  edit.schemas.push({ before: old, after: schemaWithoutLabel(old, labelId, moveTo) });
  return edit;
}

/** How many annotations, relations, events and groups use each label and type. */
function schemaUsage(model: ProjectModel): SchemaUsage {
  const { annotations, relations, events, equivalences } = model.project;
  return {
    labels: countBy(annotations, (a) => a.label),
    relationTypes: countBy(relations, (r) => r.type),
    eventTypes: countBy(events, (e) => e.type),
    equivalenceTypes: countBy(equivalences, (g) => g.type),
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
