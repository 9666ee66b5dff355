import {
  sameAssignment,
  sameRejection,
  type Annotation,
  type AnnotationSchema,
  type AnnotationIdIndex,
  type AttributeMap,
  type Annotator,
  type Assignment,
  type DocumentCuration,
  type DocumentStatus,
  type Entity,
  type Equivalence,
  type EquivalenceType,
  type EventArgument,
  type EventType,
  type Label,
  type Project,
  type Relation,
  type RelationType,
  type SuggestionRejection,
  type TagwrightDocument,
  type TagwrightEvent,
} from '../../shared/model';
import type { DocumentSummary, EntityChanges, ProjectChange, TeamRecords } from '../../shared/ipc/views';
import { TagwrightError } from '../../shared/ipc/result';
import { isInsideSurrogatePair } from '../../shared/text/surrogate-pairs';
import { AnnotationTable } from './annotation-table';
import { EditHistory, inverseEdit, type ProjectEdit, type Transition } from './edit-history';
import { noEntityChanges, noteTransition } from './project-change';
import { RelationIndex } from './relation-index';
import { EventIndex } from './event-index';
import { EquivalenceIndex } from './equivalence-index';
import { EntityIndex } from './entity-index';
import { putAssignment, putCuration } from './team-records';

/** What the model needs of the project file: the project, its id index, and the one way to say it changed. */
export interface ProjectModelStore {
  readonly project: Project;
  takeAnnotationIds(): AnnotationIdIndex | null;
  markChanged(now: Date): void;
}

/** What an import adds in one step (not undoable): plain documents, or a corpus import's plan. */
export interface ProjectAdditions {
  documents: TagwrightDocument[];
  annotations?: Annotation[];
  relations?: Relation[];
  events?: TagwrightEvent[];
  equivalences?: Equivalence[];
  /** Project-wide entities (an import's, those a merge brings from its files, a synced layer's). */
  entities?: Entity[];
  labels?: Label[];
  relationTypes?: RelationType[];
  eventTypes?: EventType[];
  equivalenceTypes?: EquivalenceType[];
  /** Existing documents that received annotations: those still 'new' become 'in-progress'. */
  startedDocumentIds?: string[];
  /** Annotators with their names (a merge brings those of its files); others are added by the id their annotations name. */
  annotators?: Annotator[];
  /** The whole schema after the additions, when they change definitions already there (a merge taking theirs). */
  schema?: AnnotationSchema;
  /** Assignments a merge brings: each replaces the project's of the same document and annotator, or is added. */
  assignments?: Assignment[];
}

/** The annotations as others may read them: changes go through the model. */
export type AnnotationLookup = Pick<
  AnnotationTable,
  'get' | 'forDocument' | 'countIn' | 'labelCounts' | 'quoteLabelCounts'
>;

type ChangeBody = Pick<
  ProjectChange,
  | 'documentId'
  | 'annotations'
  | 'relations'
  | 'events'
  | 'equivalences'
  | 'entities'
  | 'documents'
  | 'schema'
  | 'documentMetadata'
  | 'team'
>;

/**
 * The open project in memory, and its only owner: documents, annotations (AnnotationTable),
 * relations indexed both ways (RelationIndex), events by trigger and by argument (EventIndex),
 * equivalence groups by member (EquivalenceIndex), canonical entities and their mentions
 * (EntityIndex), schema, annotators, statuses, and the undo history.
 * Every change goes through here, returns one ProjectChange, and marks the project changed (the
 * store is told by nothing else). Lookups throw the TagwrightError a user reads.
 */
export class ProjectModel {
  readonly #annotations: AnnotationTable;
  readonly #relations: RelationIndex;
  readonly #events: EventIndex;
  readonly #equivalences: EquivalenceIndex;
  readonly #entities: EntityIndex;
  readonly #documents: Map<string, TagwrightDocument>;
  readonly #history = new EditHistory();
  #revision = 0;

  constructor(
    private readonly store: ProjectModelStore,
    private readonly now: () => Date,
  ) {
    const project = store.project;
    this.#annotations = new AnnotationTable(project.annotations, store.takeAnnotationIds());
    this.#relations = new RelationIndex(project.relations);
    this.#events = new EventIndex(project.events);
    this.#equivalences = new EquivalenceIndex(project.equivalences);
    this.#entities = new EntityIndex(project.entities, () => this.store.project.annotations);
    this.#documents = new Map(project.documents.map((d) => [d.id, d]));
  }

  /** The project as saved, to read (exports, import plans): every change goes through the model. */
  get project(): Project {
    return this.store.project;
  }

  // ── lookups ──────────────────────────────────────────────────────────────

  get annotations(): AnnotationLookup {
    return this.#annotations;
  }

  document(id: string): TagwrightDocument {
    const d = this.#documents.get(id);
    if (!d) throw new TagwrightError('not-found', `There is no document "${id}" in this project.`);
    return d;
  }

  annotation(id: string): Annotation {
    const a = this.#annotations.get(id);
    if (!a) throw new TagwrightError('not-found', `There is no annotation "${id}" in this project.`);
    return a;
  }

  relation(id: string): Relation {
    const r = this.#relations.get(id);
    if (!r) throw new TagwrightError('not-found', `There is no relation "${id}" in this project.`);
    return r;
  }

  /** Relations from or to an annotation. */
  relationsOf(annotationId: string): Relation[] {
    return this.#relations.of(annotationId);
  }

  /** Relations from or to any of these annotations, each once. */
  relationsAmong(annotations: readonly Annotation[]): Relation[] {
    const found = new Map<string, Relation>();
    for (const a of annotations) for (const r of this.#relations.of(a.id)) found.set(r.id, r);
    return [...found.values()];
  }

  event(id: string): TagwrightEvent {
    const e = this.#events.get(id);
    if (!e) throw new TagwrightError('not-found', `There is no event "${id}" in this project.`);
    return e;
  }

  /** A relation, event or group by id, or undefined where there is none (for checks that must not throw). */
  findRelation(id: string): Relation | undefined {
    return this.#relations.get(id);
  }

  findEvent(id: string): TagwrightEvent | undefined {
    return this.#events.get(id);
  }

  findEquivalence(id: string): Equivalence | undefined {
    return this.#equivalences.get(id);
  }

  /** The events an annotation is the trigger of. */
  eventsTriggeredBy(annotationId: string): TagwrightEvent[] {
    return this.#events.triggeredBy(annotationId);
  }

  /** The events an annotation or event fills a role of. */
  eventsWithArgument(target: Pick<EventArgument, 'target' | 'targetKind'>): TagwrightEvent[] {
    return this.#events.withArgument(target);
  }

  eventsIn(documentId: string): TagwrightEvent[] {
    return this.#events.inDocument(documentId);
  }

  equivalence(id: string): Equivalence {
    const g = this.#equivalences.get(id);
    if (!g) throw new TagwrightError('not-found', `There is no equivalence group "${id}" in this project.`);
    return g;
  }

  /** The equivalence groups an annotation is a member of. */
  equivalencesOf(annotationId: string): Equivalence[] {
    return this.#equivalences.containing(annotationId);
  }

  equivalencesIn(documentId: string): Equivalence[] {
    return this.#equivalences.inDocument(documentId);
  }

  entity(id: string): Entity {
    const e = this.#entities.get(id);
    if (!e) throw new TagwrightError('not-found', `There is no entity "${id}" in this project.`);
    return e;
  }

  /** The entities of one label (those a mention with that label may be linked to). */
  entitiesWithLabel(label: string): Entity[] {
    return this.#entities.withLabel(label);
  }

  /** The annotations linked to an entity. */
  mentionsOf(entityId: string): Annotation[] {
    return this.#entities.mentionsOf(entityId).map((id) => this.annotation(id));
  }

  eventType(id: string): EventType {
    const type = this.project.schema.eventTypes.find((t) => t.id === id);
    if (!type) throw new TagwrightError('invalid-input', `The event type "${id}" is not in this project's schema.`);
    return type;
  }

  equivalenceType(id: string): EquivalenceType {
    const type = this.project.schema.equivalenceTypes.find((t) => t.id === id);
    if (!type)
      throw new TagwrightError('invalid-input', `The equivalence type "${id}" is not in this project's schema.`);
    return type;
  }

  relationType(id: string): RelationType {
    const type = this.project.schema.relationTypes.find((t) => t.id === id);
    if (!type) throw new TagwrightError('invalid-input', `The relation type "${id}" is not in this project's schema.`);
    return type;
  }

  checkLabel(label: string): void {
    this.labelDefinition(label);
  }

  /** The schema's label with this id (its attributes, their defaults); refused when there is none. */
  labelDefinition(id: string): Label {
    const label = this.project.schema.labels.find((l) => l.id === id);
    if (!label) throw new TagwrightError('invalid-input', `The label "${id}" is not in this project's schema.`);
    return label;
  }

  /** Refuses a span outside the document or through the middle of a character such as an emoji. */
  checkSpan(document: TagwrightDocument, start: number, end: number): void {
    const length = document.text.length;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= length)) {
      throw new TagwrightError(
        'invalid-input',
        `The span ${start}–${end} is outside "${document.title}" (which has ${length} characters).`,
      );
    }
    if (isInsideSurrogatePair(document.text, start) || isInsideSurrogatePair(document.text, end)) {
      throw new TagwrightError(
        'invalid-input',
        `The span ${start}–${end} cuts a character (such as an emoji) in half.`,
      );
    }
  }

  hasAnnotator(id: string): boolean {
    return this.project.annotators.some((a) => a.id === id);
  }

  documentSummary(d: TagwrightDocument, curation = this.curationOf(d.id)?.status): DocumentSummary {
    return {
      id: d.id,
      title: d.title,
      status: d.status,
      length: d.text.length,
      labelCounts: this.#annotations.labelCounts(d.id),
      ...(curation ? { curation } : {}),
    };
  }

  /** The document's curation record; null until its first curation step. */
  curationOf(documentId: string): DocumentCuration | null {
    return this.project.curation.find((r) => r.documentId === documentId) ?? null;
  }

  documentSummaries(): DocumentSummary[] {
    // One look-up table, not a search of the records per document.
    const curation = new Map(this.project.curation.map((r) => [r.documentId, r.status]));
    return this.project.documents.map((d) => this.documentSummary(d, curation.get(d.id)));
  }

  counts(): ProjectChange['counts'] {
    return { documents: this.project.documents.length, annotations: this.project.annotations.length };
  }

  /** The suggestions rejected in one document (they are not suggested again). */
  rejectionsIn(documentId: string): SuggestionRejection[] {
    return this.project.suggestionRejections.filter((r) => r.documentId === documentId);
  }

  /**
   * How many changes the model has made: what a cache of something derived from the whole project
   * (the suggestions' memory of labelled strings) compares to know it is stale.
   */
  get revision(): number {
    return this.#revision;
  }

  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  // ── changes ──────────────────────────────────────────────────────────────

  /** Applies one user action and records it for undo. */
  edit(edit: ProjectEdit): ProjectChange {
    this.#history.record(edit);
    return this.#apply(edit);
  }

  /**
   * Applies what other annotators' replicas sent (main/sync/): not recorded for undo, since it is
   * not this user's action and the owner's next sync would bring it back anyway.
   */
  applySynced(edit: ProjectEdit): ProjectChange {
    return this.#apply(edit);
  }

  /** Undoes the last action, all of it; null when there is nothing to undo. */
  undo(): ProjectChange | null {
    const edit = this.#history.takeUndo();
    return edit ? this.#apply(inverseEdit(edit)) : null;
  }

  redo(): ProjectChange | null {
    const edit = this.#history.takeRedo();
    return edit ? this.#apply(edit) : null;
  }

  /** Sets a document's status by hand (not an undoable edit, as before). */
  setStatus(documentId: string, status: DocumentStatus): ProjectChange {
    const d = this.document(documentId);
    d.status = status;
    const documents = noEntityChanges<DocumentSummary>();
    documents.changed.push(this.documentSummary(d));
    return this.#changed({ ...this.#nothing(null), documents });
  }

  /** Replaces a document's attributes (its metadata) by hand: like its status, not an undoable edit. */
  setDocumentMetadata(documentId: string, metadata: AttributeMap): ProjectChange {
    const d = this.document(documentId);
    d.metadata = metadata;
    return this.#changed({ ...this.#nothing(null), documentMetadata: { documentId, metadata } });
  }

  /**
   * Adds what an import brings, in one step. Its change lists the documents (added, and existing
   * ones that received annotations) and the schema, not the annotations: an import may bring a
   * million, and a window reads a document's annotations when it opens it.
   */
  add(additions: ProjectAdditions): ProjectChange {
    const project = this.project;
    const { labels = [], relationTypes = [], eventTypes = [], equivalenceTypes = [] } = additions;
    const { annotations = [], relations = [], events = [], equivalences = [], entities = [] } = additions;
    // In place: whoever holds the schema object sees the merged one.
    if (additions.schema) Object.assign(project.schema, additions.schema);
    // One by one: push(...list) passes each item as an argument, and an import may add 150,000.
    for (const l of labels) project.schema.labels.push(l);
    for (const t of relationTypes) project.schema.relationTypes.push(t);
    for (const t of eventTypes) project.schema.eventTypes.push(t);
    for (const t of equivalenceTypes) project.schema.equivalenceTypes.push(t);
    for (const d of additions.documents) {
      project.documents.push(d);
      this.#documents.set(d.id, d);
    }
    for (const e of entities) this.#entities.put(e);
    for (const a of annotations) {
      this.#annotations.put(a);
      this.#entities.noteAnnotation(null, a);
    }
    for (const r of relations) this.#relations.put(r);
    for (const e of events) this.#events.put(e);
    for (const g of equivalences) this.#equivalences.put(g);
    for (const a of additions.annotators ?? []) if (!this.hasAnnotator(a.id)) project.annotators.push(a);
    for (const id of additions.startedDocumentIds ?? []) {
      const d = this.#documents.get(id);
      if (d?.status === 'new') d.status = 'in-progress';
    }
    for (const name of new Set(annotations.map((a) => a.annotator))) {
      if (name !== '' && !this.hasAnnotator(name)) project.annotators.push({ id: name, name });
    }
    const added = new Set(additions.documents.map((d) => d.id));
    const touched = new Set(annotations.map((a) => a.documentId).filter((id) => !added.has(id)));
    const documents: EntityChanges<DocumentSummary> = {
      added: additions.documents.map((d) => this.documentSummary(d)),
      changed: [...touched].map((id) => this.documentSummary(this.document(id))),
      removed: [],
    };
    const schemaChanged =
      additions.schema !== undefined ||
      labels.length + relationTypes.length + eventTypes.length + equivalenceTypes.length > 0;
    return this.#changed({
      ...this.#nothing(null),
      documents,
      // Entities an import, a merge or a sync brings are announced, so every window's list has them.
      entities: { added: entities, changed: [], removed: [] },
      ...(schemaChanged ? { schema: project.schema } : {}),
      ...this.#addAssignments(additions.assignments ?? []),
    });
  }

  /** A merge's assignments, each in place of the project's of the same document and annotator; the change carries the lists. */
  #addAssignments(assignments: readonly Assignment[]): Pick<ProjectChange, 'team'> {
    if (assignments.length === 0) return {};
    const list = this.project.assignments;
    for (const after of assignments)
      putAssignment(list, { before: list.find((a) => sameAssignment(a, after)) ?? null, after });
    return { team: this.#teamRecords() };
  }

  #apply(edit: ProjectEdit): ProjectChange {
    const change = this.#nothing(edit.documentId);
    const touched = new Set<string>();
    for (const t of edit.annotators) this.#putAnnotator(t);
    for (const t of edit.entities) {
      if (t.after) this.#entities.put(t.after);
      else if (t.before) this.#entities.remove(t.before.id);
      noteTransition(change.entities, t);
    }
    for (const t of edit.annotations) {
      this.#entities.noteAnnotation(t.before, t.after);
      if (t.after) this.#annotations.put(t.after);
      else if (t.before) this.#annotations.remove(t.before.id);
      noteTransition(change.annotations, t);
      // Label counts change only when an annotation comes, goes or is relabelled.
      if (t.before?.label !== t.after?.label) touched.add((t.after ?? t.before)!.documentId);
    }
    for (const t of edit.relations) {
      if (t.after) this.#relations.put(t.after);
      else if (t.before) this.#relations.remove(t.before.id);
      noteTransition(change.relations, t);
    }
    for (const t of edit.events) {
      if (t.after) this.#events.put(t.after);
      else if (t.before) this.#events.remove(t.before.id);
      noteTransition(change.events, t);
    }
    for (const t of edit.equivalences) {
      if (t.after) this.#equivalences.put(t.after);
      else if (t.before) this.#equivalences.remove(t.before.id);
      noteTransition(change.equivalences, t);
    }
    for (const t of edit.rejections) this.#putRejection(t);
    if (edit.assignments.length + edit.curation.length > 0) {
      for (const t of edit.assignments) putAssignment(this.project.assignments, t);
      for (const t of edit.curation) {
        putCuration(this.project.curation, t);
        // The document list shows each document's curation status.
        touched.add((t.after ?? t.before)!.documentId);
      }
      change.team = this.#teamRecords();
    }
    // A copy: an import adds labels to the live schema in place, and the history's must stay as recorded.
    for (const t of edit.schemas) if (t.after) this.project.schema = change.schema = structuredClone(t.after);
    for (const s of edit.statuses) {
      const d = this.document(s.documentId);
      // A status set by hand since (say 'done') is the user's: only the one this edit left is turned back.
      if (d.status !== s.before) continue;
      d.status = s.after;
      touched.add(d.id);
    }
    for (const id of touched) change.documents.changed.push(this.documentSummary(this.document(id)));
    return this.#changed(change);
  }

  /** The assignments and curation records whole, as a change carries them. */
  #teamRecords(): TeamRecords {
    return { assignments: [...this.project.assignments], curation: [...this.project.curation] };
  }

  #putAnnotator({ before, after }: Transition<Annotator>): void {
    const annotators = this.project.annotators;
    if (after && !this.hasAnnotator(after.id)) annotators.push(after);
    if (!after && before) {
      const i = annotators.findIndex((a) => a.id === before.id);
      if (i !== -1) annotators.splice(i, 1);
    }
  }

  #putRejection({ before, after }: Transition<SuggestionRejection>): void {
    const rejections = this.project.suggestionRejections;
    if (after && !rejections.some((r) => sameRejection(r, after))) rejections.push(after);
    if (!after && before) {
      const i = rejections.findIndex((r) => sameRejection(r, before));
      if (i !== -1) rejections.splice(i, 1);
    }
  }

  #nothing(documentId: string | null): ChangeBody {
    return {
      documentId,
      annotations: noEntityChanges(),
      relations: noEntityChanges(),
      events: noEntityChanges(),
      equivalences: noEntityChanges(),
      entities: noEntityChanges(),
      documents: noEntityChanges(),
    };
  }

  /** The one place the project is marked changed: every change above ends here. */
  #changed(body: ChangeBody): ProjectChange {
    this.#revision++;
    this.store.markChanged(this.now());
    return { ...body, counts: this.counts(), history: { canUndo: this.canUndo, canRedo: this.canRedo } };
  }
}
