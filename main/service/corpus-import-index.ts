import { isId, type Annotation, type Project, type TagwrightDocument } from '../../shared/model';
import { tagwrightIri } from '../../shared/formats/w3c/w3c-iri';
import { rowsByDocument } from './rows-by-document';

/** The same label and characters (in one document): with the same annotator (or none named), two annotations are one. */
function spanKey(a: Pick<Annotation, 'start' | 'end' | 'label' | 'fragments'>): string {
  return `${a.label}|${(a.fragments ?? [a]).map((f) => `${f.start}-${f.end}`).join(';')}`;
}

/** The span's key for one annotator: two annotators' identical spans are two annotations (agreement data). */
function annotatorSpanKey(a: Annotation): string {
  return `${spanKey(a)}|${a.annotator}`;
}

/** What our W3C export puts before an annotation id: a W3C file's annotations keep their ids. */
const ANNOTATION_IRI = tagwrightIri.annotation('');

/**
 * What an import plan looks things up in: the project's documents by text hash and id, the spans
 * of the document being planned, and the ids taken. It grows as the plan adds documents and
 * annotations, so that a batch repeating itself is caught like a repeat of the project. Spans are
 * held for one document at a time (a million annotations would otherwise keep a million keys):
 * coming back to a document (a repeated text, a project document) indexes its spans again, from
 * the project and from what `plannedOf` says this import planned on it.
 */
export class ImportIndex {
  readonly #byHash: Map<string, TagwrightDocument>;
  readonly #byId: Map<string, TagwrightDocument>;
  readonly #usedIds: Set<string>;
  /** Documents this import adds: they have no annotations in the project to index. */
  readonly #added = new Set<string>();
  /** Project documents this import planned annotations on (coming back to one indexes them again). */
  readonly #touched = new Set<string>();
  /** The spans of one document (#spansOf) → their annotation id, by span and by span and annotator. */
  #spans = new Map<string, string>();
  #spansOf: string | null = null;
  /** The project's annotations by document, made when the plan first touches an existing document. */
  #existing: Map<string, Annotation[]> | null = null;

  constructor(
    private readonly project: Project,
    plainDocuments: readonly TagwrightDocument[],
    private readonly newId: () => string,
    private readonly plannedOf: (documentId: string) => readonly Annotation[],
  ) {
    this.#byHash = new Map(project.documents.map((d) => [d.sha256, d]));
    for (const d of plainDocuments) this.#byHash.set(d.sha256, d);
    this.#byId = new Map(project.documents.map((d) => [d.id, d]));
    this.#usedIds = new Set<string>();
    for (const rows of [project.annotations, project.relations, project.events, project.equivalences])
      for (const row of rows) this.#usedIds.add(row.id);
  }

  /** The project's (or this import's) document with this text, by its hash. */
  documentWithHash(sha256: string): TagwrightDocument | undefined {
    return this.#byHash.get(sha256);
  }

  /** The project's document with this id (W3C annotations name the document they annotate). */
  documentWithId(id: string): TagwrightDocument | undefined {
    return this.#byId.get(id);
  }

  /** A document this import adds: it is the one being planned, and has no spans yet. */
  addDocument(document: TagwrightDocument): void {
    this.#byHash.set(document.sha256, document);
    this.#byId.set(document.id, document);
    this.#added.add(document.id);
    this.#spans = new Map();
    this.#spansOf = document.id;
  }

  /** Keeps a file's own document id (a JSONL round trip) when it is a valid id no document has yet; else a new one. */
  chooseDocumentId(own: string | undefined): string {
    return own !== undefined && isId(own) && !this.#byId.has(own) ? own : this.newId();
  }

  /**
   * The id of the annotation this one repeats, if any: the same label on the same characters by the
   * same annotator; an annotation that names no annotator repeats any annotator's (a file that does
   * not say who made a span adds nothing to one that does).
   */
  twinOf(annotation: Annotation): string | undefined {
    this.#indexSpansOf(annotation.documentId);
    return this.#spans.get(annotation.annotator === '' ? spanKey(annotation) : annotatorSpanKey(annotation));
  }

  /** An annotation the plan adds (to the document its twin was looked for in). */
  addAnnotation(annotation: Annotation): void {
    this.#indexSpansOf(annotation.documentId);
    this.#addSpan(annotation);
  }

  /** Keeps a file's own id when it is a valid, unused Tagwright id (lossless round trips); else a new one. */
  chooseId(key: string | undefined): string {
    const own = key?.startsWith(ANNOTATION_IRI) ? key.slice(ANNOTATION_IRI.length) : key;
    // brat's T1, R2… and list positions (#0) are a file's own numbering, not ids worth keeping.
    const id = own && isId(own) && !/^[TREAMN#]?\d+$/.test(own) && !this.#usedIds.has(own) ? own : this.newId();
    this.#usedIds.add(id);
    return id;
  }

  #addSpan(annotation: Annotation): void {
    const key = spanKey(annotation);
    if (!this.#spans.has(key)) this.#spans.set(key, annotation.id);
    if (annotation.annotator !== '') this.#spans.set(annotatorSpanKey(annotation), annotation.id);
  }

  /** Makes `documentId` the document whose spans are held: the project's annotations on it and this import's. */
  #indexSpansOf(documentId: string): void {
    if (this.#spansOf === documentId) return;
    this.#spans = new Map();
    this.#spansOf = documentId;
    if (!this.#added.has(documentId) && this.#byId.has(documentId)) {
      this.#existing ??= rowsByDocument(this.project.annotations);
      for (const a of this.#existing.get(documentId) ?? []) this.#addSpan(a);
      if (!this.#touched.has(documentId)) {
        this.#touched.add(documentId);
        return;
      }
    }
    for (const a of this.plannedOf(documentId)) this.#addSpan(a);
  }
}
