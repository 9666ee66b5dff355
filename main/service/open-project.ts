import type { Annotation, Relation, TagwrightDocument } from '../../shared/model';
import type { DocumentSummary, ProjectSummary } from '../../shared/ipc/views';
import { TagwrightError } from '../../shared/ipc/result';
import { isInsideSurrogatePair } from '../../shared/text/surrogate-pairs';
import type { ProjectLock } from '../store/project-lock';
import type { ProjectStore } from '../store/project-store';
import { AnnotationTable } from './annotation-table';

/**
 * The project that is open: its store (the file), its lock (null when read-only), and the indexes
 * every operation looks things up in. Lookups and checks throw the TagwrightError a user reads.
 */
export class OpenProject {
  readonly table: AnnotationTable;
  readonly documents: Map<string, TagwrightDocument>;
  /** When the last backup of this file was taken (ms since the epoch). */
  lastBackupAt = Date.now();

  constructor(
    readonly store: ProjectStore,
    readonly lock: ProjectLock | null,
  ) {
    const project = store.project;
    this.table = new AnnotationTable(project.annotations, store.takeAnnotationIds());
    this.documents = new Map(project.documents.map((d) => [d.id, d]));
  }

  get project() {
    return this.store.project;
  }

  /** For every call that changes the project: a read-only project refuses before anything changes. */
  assertWritable(): this {
    if (this.store.readOnly) {
      throw new TagwrightError(
        'conflict',
        `${this.store.path} is open read-only because another Tagwright is editing it; changes are not possible here.`,
      );
    }
    return this;
  }

  document(id: string): TagwrightDocument {
    const d = this.documents.get(id);
    if (!d) throw new TagwrightError('not-found', `There is no document "${id}" in this project.`);
    return d;
  }

  annotation(id: string): Annotation {
    const a = this.table.get(id);
    if (!a) throw new TagwrightError('not-found', `There is no annotation "${id}" in this project.`);
    return a;
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

  checkLabel(label: string): void {
    if (!this.project.schema.labels.some((l) => l.id === label)) {
      throw new TagwrightError('invalid-input', `The label "${label}" is not in this project's schema.`);
    }
  }

  relation(id: string): Relation {
    const r = this.project.relations.find((candidate) => candidate.id === id);
    if (!r) throw new TagwrightError('not-found', `There is no relation "${id}" in this project.`);
    return r;
  }

  /** Relations from or to an annotation. */
  relationsOf(annotationId: string): Relation[] {
    return this.project.relations.filter((r) => r.from === annotationId || r.to === annotationId);
  }

  /** Adds a relation, or replaces the one with its id. */
  putRelation(relation: Relation): void {
    const relations = this.project.relations;
    const i = relations.findIndex((r) => r.id === relation.id);
    if (i === -1) relations.push(relation);
    else relations[i] = relation;
  }

  removeRelation(id: string): void {
    const relations = this.project.relations;
    const i = relations.findIndex((r) => r.id === id);
    if (i !== -1) relations.splice(i, 1);
  }

  /** Adds `name` to the project's annotators the first time they annotate. */
  noteAnnotator(name: string): void {
    const annotators = this.project.annotators;
    if (!annotators.some((a) => a.id === name)) annotators.push({ id: name, name });
  }

  summary(): ProjectSummary {
    const p = this.project;
    return {
      id: p.id,
      name: p.name,
      path: this.store.path,
      schema: p.schema,
      documentCount: p.documents.length,
      annotationCount: p.annotations.length,
      readOnly: this.store.readOnly,
    };
  }

  documentSummary(d: TagwrightDocument): DocumentSummary {
    return {
      id: d.id,
      title: d.title,
      status: d.status,
      length: d.text.length,
      labelCounts: this.table.labelCounts(d.id),
    };
  }

  documentSummaries(): DocumentSummary[] {
    return this.project.documents.map((d) => this.documentSummary(d));
  }
}
