import type { Annotation, Entity, Equivalence, Project, Relation, TagwrightEvent } from '../model';
import { canonicalJson } from './json-values';
import { AssignmentUnion } from './assignment-union';

/**
 * What a merge must know of the project as it grows: the ids taken (an incoming id is kept when
 * free), the documents by content hash, and each thing by what makes two of them the same work,
 * so that work already there is found instead of added twice.
 */
export class MergeIndex {
  readonly #taken = {
    documents: new Set<string>(),
    annotations: new Set<string>(),
    relations: new Set<string>(),
    events: new Set<string>(),
    equivalences: new Set<string>(),
    entities: new Set<string>(),
  };
  readonly #documentsByHash = new Map<string, string>();
  readonly #byKey = new Map<string, string>();
  readonly annotators = new Set<string>();
  /** Who is assigned which document, as the project and the files merged so far have it. */
  readonly assignments: AssignmentUnion;

  constructor(
    project: Project,
    private readonly newId: () => string,
  ) {
    for (const d of project.documents) this.addDocument(d.id, d.sha256);
    for (const a of project.annotations) this.remember('annotations', annotationKey(a), a.id);
    for (const r of project.relations) this.remember('relations', relationKey(r), r.id);
    for (const e of project.events) this.remember('events', eventKey(e), e.id);
    for (const g of project.equivalences) this.remember('equivalences', equivalenceKey(g), g.id);
    for (const e of project.entities) this.remember('entities', entityKey(e), e.id);
    for (const a of project.annotators) this.annotators.add(a.id);
    this.assignments = new AssignmentUnion(project.assignments);
  }

  documentWithHash(sha256: string): string | undefined {
    return this.#documentsByHash.get(sha256);
  }

  addDocument(id: string, sha256: string): void {
    this.#taken.documents.add(id);
    if (!this.#documentsByHash.has(sha256)) this.#documentsByHash.set(sha256, id);
  }

  /** The id of the thing with this key already in the project, if any. */
  find(kind: Kind, key: string): string | undefined {
    return this.#byKey.get(`${kind}\u0000${key}`);
  }

  /** Records a thing the merge adds (or the project has) under its key and id. */
  remember(kind: Kind, key: string, id: string): void {
    this.#taken[kind].add(id);
    const full = `${kind}\u0000${key}`;
    if (!this.#byKey.has(full)) this.#byKey.set(full, id);
  }

  /** `wanted` when no thing of its kind has it yet, else a new id; either way taken from now on. */
  freeId(kind: Kind | 'documents', wanted: string): string {
    const taken = this.#taken[kind];
    let id = wanted;
    while (taken.has(id)) id = this.newId();
    taken.add(id);
    return id;
  }
}

type Kind = 'annotations' | 'relations' | 'events' | 'equivalences' | 'entities';

/** The same work: same document, span (fragments too), label, annotator and attributes. */
export function annotationKey(a: Annotation): string {
  return canonicalJson([a.documentId, a.start, a.end, a.fragments ?? null, a.label, a.annotator, a.attributes]);
}

export function relationKey(r: Relation): string {
  return canonicalJson([r.type, r.from, r.to, r.annotator]);
}

export function eventKey(e: TagwrightEvent): string {
  return canonicalJson([e.documentId, e.type, e.trigger, e.arguments, e.attributes, e.annotator]);
}

/** A group is the same whatever the order its members were listed in. */
export function equivalenceKey(g: Equivalence): string {
  return canonicalJson([g.documentId, g.type, [...g.members].sort(), g.annotator]);
}

/** One entity per label and name across files: "Hajizada" the Actor is one whoever made it. */
export function entityKey(e: Entity): string {
  return canonicalJson([e.label, e.name]);
}
