import { jsonCopy } from './json-values';
import type {
  Annotation,
  Annotator,
  Entity,
  Equivalence,
  EventArgument,
  Project,
  Relation,
  TagwrightDocument,
  TagwrightEvent,
} from '../model';
import { annotationKey, entityKey, equivalenceKey, eventKey, relationKey, type MergeIndex } from './merge-index';
import { countAnnotator, type MergeFileSummary } from './merge-summary';

/** What files bring into the project, gathered as they are merged (the plan's lists). */
export interface MergeAdditions {
  documents: TagwrightDocument[];
  annotations: Annotation[];
  relations: Relation[];
  events: TagwrightEvent[];
  equivalences: Equivalence[];
  entities: Entity[];
  annotators: Annotator[];
}

/** Which of a file's labels and types the merged schema holds: things of the others are left out. */
export interface KeptSchema {
  label(id: string): boolean;
  relationType(id: string): boolean;
  eventType(id: string): boolean;
  equivalenceType(id: string): boolean;
}

/**
 * Merges one file into the plan: its documents, entities, annotations, relations, events and
 * groups in that order, each mapped from the file's ids to the project's (a thing found already
 * there maps to that one), so what refers to them follows.
 */
export class FileMerger {
  readonly #documents = new Map<string, string>();
  readonly #annotations = new Map<string, string>();
  readonly #events = new Map<string, string>();
  readonly #entities = new Map<string, string>();
  readonly #theirEvents: Map<string, TagwrightEvent>;
  readonly #visited = new Set<string>();

  constructor(
    private readonly theirs: Project,
    private readonly index: MergeIndex,
    private readonly kept: KeptSchema,
    private readonly plan: MergeAdditions,
    private readonly summary: MergeFileSummary,
    private readonly started: Set<string>,
  ) {
    this.#theirEvents = new Map(theirs.events.map((e) => [e.id, e]));
  }

  merge(): void {
    this.#mergeDocuments();
    this.#mergeEntities();
    this.#mergeAnnotations();
    this.#mergeRelations();
    for (const e of this.theirs.events) this.#mergeEvent(e);
    this.#mergeEquivalences();
    this.#mergeAnnotators();
    for (const a of this.theirs.assignments) {
      const taken = this.index.assignments.take({ ...jsonCopy(a), documentId: this.#documents.get(a.documentId)! });
      this.summary.assignments[taken]++;
    }
  }

  #mergeDocuments(): void {
    for (const d of this.theirs.documents) {
      const found = this.index.documentWithHash(d.sha256);
      if (found !== undefined) {
        this.#documents.set(d.id, found);
        this.summary.documents.matched++;
        continue;
      }
      const id = this.index.freeId('documents', d.id);
      this.index.addDocument(id, d.sha256);
      this.#documents.set(d.id, id);
      this.plan.documents.push({ ...jsonCopy(d), id });
      this.summary.documents.added++;
    }
  }

  #mergeEntities(): void {
    const counts = this.summary.entities;
    for (const e of this.theirs.entities) {
      if (!this.kept.label(e.label)) {
        counts.leftOut++;
        continue;
      }
      const found = this.index.find('entities', entityKey(e));
      if (found !== undefined) {
        this.#entities.set(e.id, found);
        counts.alreadyThere++;
        continue;
      }
      const id = this.index.freeId('entities', e.id);
      this.index.remember('entities', entityKey(e), id);
      this.#entities.set(e.id, id);
      this.plan.entities.push({ ...jsonCopy(e), id });
      counts.added++;
    }
  }

  #mergeAnnotations(): void {
    const counts = this.summary.annotations;
    for (const their of this.theirs.annotations) {
      const documentId = this.#documents.get(their.documentId)!;
      if (!this.kept.label(their.label)) {
        counts.leftOut++;
        continue;
      }
      const { entity, ...rest } = jsonCopy(their);
      const mapped = {
        ...rest,
        documentId,
        ...(entity !== undefined && this.#entities.has(entity) ? { entity: this.#entities.get(entity)! } : {}),
      };
      const key = annotationKey(mapped);
      const found = this.index.find('annotations', key);
      countAnnotator(this.summary, their.annotator, found === undefined);
      if (found !== undefined) {
        this.#annotations.set(their.id, found);
        counts.alreadyThere++;
        continue;
      }
      const id = this.index.freeId('annotations', their.id);
      this.index.remember('annotations', key, id);
      this.#annotations.set(their.id, id);
      this.plan.annotations.push({ ...mapped, id });
      this.started.add(documentId);
      counts.added++;
    }
  }

  #mergeRelations(): void {
    const counts = this.summary.relations;
    for (const their of this.theirs.relations) {
      const from = this.#annotations.get(their.from);
      const to = this.#annotations.get(their.to);
      if (from === undefined || to === undefined || !this.kept.relationType(their.type)) {
        counts.leftOut++;
        continue;
      }
      const mapped = { ...jsonCopy(their), from, to };
      const found = this.index.find('relations', relationKey(mapped));
      if (found !== undefined) {
        counts.alreadyThere++;
        continue;
      }
      const id = this.index.freeId('relations', their.id);
      this.index.remember('relations', relationKey(mapped), id);
      this.plan.relations.push({ ...mapped, id });
      counts.added++;
    }
  }

  /**
   * An event after the events among its arguments, each once (integrity rules out cycles; the
   * visited set guards a damaged file all the same): their ids must be known to map the arguments.
   */
  #mergeEvent(their: TagwrightEvent): void {
    if (this.#visited.has(their.id)) return;
    this.#visited.add(their.id);
    for (const argument of their.arguments) {
      const target = argument.targetKind === 'event' ? this.#theirEvents.get(argument.target) : undefined;
      if (target) this.#mergeEvent(target);
    }
    const counts = this.summary.events;
    const trigger = this.#annotations.get(their.trigger);
    if (trigger === undefined || !this.kept.eventType(their.type)) {
      counts.leftOut++;
      return;
    }
    const mapped: TagwrightEvent = {
      ...jsonCopy(their),
      documentId: this.#documents.get(their.documentId)!,
      trigger,
      arguments: this.#mappedArguments(their.arguments),
    };
    const key = eventKey(mapped);
    const found = this.index.find('events', key);
    const id = found ?? this.index.freeId('events', their.id);
    this.#events.set(their.id, id);
    if (found !== undefined) {
      counts.alreadyThere++;
      return;
    }
    this.index.remember('events', key, id);
    this.plan.events.push({ ...mapped, id });
    counts.added++;
  }

  /** Arguments whose annotation or event was left out go too: the event keeps the rest. */
  #mappedArguments(list: readonly EventArgument[]): EventArgument[] {
    const mapped: EventArgument[] = [];
    for (const a of list) {
      const target = (a.targetKind === 'event' ? this.#events : this.#annotations).get(a.target);
      if (target !== undefined) mapped.push({ ...a, target });
    }
    return mapped;
  }

  #mergeEquivalences(): void {
    const counts = this.summary.equivalences;
    for (const their of this.theirs.equivalences) {
      const members = their.members.flatMap((m) => this.#annotations.get(m) ?? []);
      if (members.length < 2 || !this.kept.equivalenceType(their.type)) {
        counts.leftOut++;
        continue;
      }
      const mapped = { ...jsonCopy(their), documentId: this.#documents.get(their.documentId)!, members };
      const key = equivalenceKey(mapped);
      if (this.index.find('equivalences', key) !== undefined) {
        counts.alreadyThere++;
        continue;
      }
      const id = this.index.freeId('equivalences', their.id);
      this.index.remember('equivalences', key, id);
      this.plan.equivalences.push({ ...mapped, id });
      counts.added++;
    }
  }

  /** Their annotators by name, and any annotator their annotations name that the list lacks. */
  #mergeAnnotators(): void {
    const named = new Map(this.theirs.annotators.map((a) => [a.id, a]));
    for (const { annotator } of this.summary.annotators) {
      if (annotator !== '' && !named.has(annotator)) named.set(annotator, { id: annotator, name: annotator });
    }
    for (const a of named.values()) {
      if (this.index.annotators.has(a.id)) continue;
      this.index.annotators.add(a.id);
      this.plan.annotators.push({ ...a });
    }
  }
}
