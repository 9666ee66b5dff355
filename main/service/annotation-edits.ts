import {
  withAttributeDefaults,
  withModifiersOfAttributes,
  type Annotation,
  type AttributeMap,
  type Fragment,
  type Label,
  type Relation,
} from '../../shared/model';
import { TagwrightError } from '../../shared/ipc/result';
import { figureAttributesAt, hasFigureAttributes } from '../../shared/normalise/figure-attributes';
import { emptyEdit, type ProjectEdit } from './edit-history';
import type { ProjectModel } from './project-model';
import { addRemovalCascade } from './removal-cascade';
import { newAnnotationSpan } from './fragment-edits';

export interface NewAnnotation {
  documentId: string;
  start: number;
  end: number;
  /** A discontinuous span's pieces (merged when they touch); `start` and `end` are their outer bounds. */
  fragments?: Fragment[];
  label: string;
  note?: string;
  attributes?: AttributeMap;
}

export interface NewRelation {
  type: string;
  from: string;
  to: string;
}

export interface AnnotationUpdate {
  annotationId: string;
  label?: string;
  note?: string;
  attributes?: AttributeMap;
}

/** Who makes an edit and when, and the id a created thing gets. */
export interface EditAuthor {
  /** The annotator's id, recorded on what they make. */
  annotator: string;
  /** Their name, noted in the project's annotators the first time (the id when absent). */
  annotatorName?: string;
  at: string;
  newId: () => string;
}

// Each function checks its input against the project and describes the whole user action as one
// ProjectEdit, changing nothing: the model applies it, and undo reverses all of it.

/**
 * A new annotation, with what the normaliser reads in a figure and its label's attribute defaults
 * for what is not given; its document starts
 * ('new' → 'in-progress') and its annotator is noted the first time.
 */
export function annotationCreation(model: ProjectModel, input: NewAnnotation, author: EditAuthor): ProjectEdit {
  return annotationsCreation(model, input.documentId, [input], author);
}

/**
 * New annotations of one document, made in one action (accepted suggestions): one undo step
 * removes them all. Each is checked as annotationCreation checks one.
 */
export function annotationsCreation(
  model: ProjectModel,
  documentId: string,
  inputs: readonly Omit<NewAnnotation, 'documentId'>[],
  author: EditAuthor,
): ProjectEdit {
  const document = model.document(documentId);
  const edit = withAnnotator(emptyEdit(document.id), model, author);
  for (const input of inputs) {
    const span = newAnnotationSpan(model, document, input);
    const label = model.labelDefinition(input.label);
    const annotation: Annotation = {
      id: author.newId(),
      documentId: document.id,
      ...span,
      quote: document.text.slice(span.start, span.end),
      label: input.label,
      // The label's declared defaults (a figure's unit, a claim's stance) for what is not given.
      attributes: withAttributeDefaults(
        label.attributes,
        withFigureValues(label, document.text, span, input.attributes),
      ),
      note: input.note ?? '',
      annotator: author.annotator,
      createdAt: author.at,
      updatedAt: author.at,
    };
    edit.annotations.push({ before: null, after: annotation });
  }
  if (document.status === 'new') edit.statuses.push({ documentId: document.id, before: 'new', after: 'in-progress' });
  return edit;
}

/**
 * A figure's value (or min and max), unit, kind and qualifier read from its text and the words
 * around it, under what was given; made here, so every way a Figure is created (one by one, search
 * hits, accepted suggestions) fills them alike. Given any of them (typed in, a suggestion's), the
 * figure has been read already: nothing is added.
 */
function withFigureValues(
  label: Label,
  text: string,
  span: { start: number; end: number },
  given: AttributeMap = {},
): AttributeMap {
  if (hasFigureAttributes(given)) return given;
  const figure = figureAttributesAt(label, text, span.start, span.end);
  return figure ? { ...figure.attributes, ...given } : given;
}

export function annotationChange(model: ProjectModel, update: AnnotationUpdate, at: string): ProjectEdit {
  const before = model.annotation(update.annotationId);
  if (update.label !== undefined) model.checkLabel(update.label);
  // An attribute taken away is no longer a modifier either (the file would refuse it).
  const after: Annotation = withModifiersOfAttributes({
    ...before,
    label: update.label ?? before.label,
    note: update.note ?? before.note,
    attributes: update.attributes ?? before.attributes,
    updatedAt: at,
  });
  const edit = emptyEdit(before.documentId);
  edit.annotations.push({ before, after });
  return edit;
}

/**
 * An annotation removed as one action with what uses it: its relations, the events it triggers,
 * its place in other events' arguments and in equivalence groups (removal-cascade.ts).
 */
export function annotationDeletion(model: ProjectModel, annotationId: string, at: string): ProjectEdit {
  const before = model.annotation(annotationId);
  const edit = emptyEdit(before.documentId);
  edit.annotations.push({ before, after: null });
  addRemovalCascade(model, edit, { annotations: [annotationId], events: [] }, at);
  return edit;
}

/**
 * A link between two annotations (a claim attributed to an actor). The type must be in the
 * schema, and the two labels among those the type allows (an empty list allows any).
 */
export function relationCreation(model: ProjectModel, input: NewRelation, author: EditAuthor): ProjectEdit {
  const from = model.annotation(input.from);
  const to = model.annotation(input.to);
  const type = model.relationType(input.type);
  for (const [end, annotation, allowed] of [
    ['start', from, type.sourceLabels],
    ['end', to, type.targetLabels],
  ] as const) {
    if (allowed.length > 0 && !allowed.includes(annotation.label)) {
      throw new TagwrightError(
        'invalid-input',
        `"${type.name}" cannot ${end === 'start' ? 'start at' : 'end at'} a ${annotation.label} (it takes ${allowed.join(', ')}).`,
      );
    }
  }
  if (from.id === to.id) throw new TagwrightError('invalid-input', 'A relation needs two different annotations.');
  if (model.relationsOf(from.id).some((r) => r.type === type.id && r.from === from.id && r.to === to.id)) {
    throw new TagwrightError('conflict', `These two annotations are already linked as "${type.name}".`);
  }
  const relation: Relation = {
    id: author.newId(),
    type: type.id,
    from: from.id,
    to: to.id,
    annotator: author.annotator,
  };
  const edit = withAnnotator(emptyEdit(from.documentId), model, author);
  edit.relations.push({ before: null, after: relation });
  return edit;
}

export function relationDeletion(model: ProjectModel, relationId: string): ProjectEdit {
  const before = model.relation(relationId);
  const edit = emptyEdit(model.annotation(before.from).documentId);
  edit.relations.push({ before, after: null });
  return edit;
}

/** Notes the annotator (id and name) in the project the first time they annotate (undone with the action). */
export function withAnnotator(
  edit: ProjectEdit,
  model: ProjectModel,
  { annotator, annotatorName = annotator }: Pick<EditAuthor, 'annotator' | 'annotatorName'>,
): ProjectEdit {
  if (!model.hasAnnotator(annotator))
    edit.annotators.push({ before: null, after: { id: annotator, name: annotatorName } });
  return edit;
}
