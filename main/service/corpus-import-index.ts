import { isId, type Annotation, type Project, type TagwrightDocument } from '../../shared/model';
import { tagwrightIri } from '../../shared/formats/w3c/w3c-iri';
import { rowsByDocument } from './rows-by-document';

/** The same document, label and characters: with the same annotator (or none named), two annotations are one. */
function spanKey(a: Pick<Annotation, 'documentId' | 'start' | 'end' | 'label' | 'fragments'>): string {
  return `${a.documentId}|${a.label}|${(a.fragments ?? [a]).map((f) => `${f.start}-${f.end}`).join(';')}`;
}

/** The span's key for one annotator: two annotators' identical spans are two annotations (agreement data). */
function annotatorSpanKey(a: Annotation): string {
  return `${spanKey(a)}|${a.annotator}`;
}

/** What our W3C export puts before an annotation id: a W3C file's annotations keep their ids. */
const ANNOTATION_IRI = tagwrightIri.annotation('');

/**
 * What an import plan looks things up in: the project's documents by text hash and id, the spans
 * already in the project or the plan, and the ids taken. It grows as the plan adds documents and
 * annotations, so that a batch repeating itself is caught like a repeat of the project.
 */
export class ImportIndex {
  readonly #byHash: Map<string, TagwrightDocument>;
  readonly #byId: Map<string, TagwrightDocument>;
  readonly #usedIds: Set<string>;
  /** Spans of the plan and of the existing documents it touches → their annotation id, by span and by span and annotator. */
  readonly #spans = new Map<string, string>();
  readonly #spansIndexed = new Set<string>();
  /** Documents this import adds: they have no annotations in the project to index. */
  readonly #added = new Set<string>();
  /** The project's annotations by document, made when the plan first touches an existing document. */
  #existing: Map<string, Annotation[]> | null = null;

  constructor(
    private readonly project: Project,
    plainDocuments: readonly TagwrightDocument[],
    private readonly newId: () => string,
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

  addDocument(document: TagwrightDocument): void {
    this.#byHash.set(document.sha256, document);
    this.#byId.set(document.id, document);
    this.#added.add(document.id);
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
    this.#indexExisting(annotation.documentId);
    return this.#spans.get(annotation.annotator === '' ? spanKey(annotation) : annotatorSpanKey(annotation));
  }

  addAnnotation(annotation: Annotation): void {
    const key = spanKey(annotation);
    if (!this.#spans.has(key)) this.#spans.set(key, annotation.id);
    if (annotation.annotator !== '') this.#spans.set(annotatorSpanKey(annotation), annotation.id);
  }

  /** Keeps a file's own id when it is a valid, unused Tagwright id (lossless round trips); else a new one. */
  chooseId(key: string | undefined): string {
    const own = key?.startsWith(ANNOTATION_IRI) ? key.slice(ANNOTATION_IRI.length) : key;
    // brat's T1, R2… and list positions (#0) are a file's own numbering, not ids worth keeping.
    const id = own && isId(own) && !/^[TREAMN#]?\d+$/.test(own) && !this.#usedIds.has(own) ? own : this.newId();
    this.#usedIds.add(id);
    return id;
  }

  #indexExisting(documentId: string): void {
    if (this.#spansIndexed.has(documentId)) return;
    this.#spansIndexed.add(documentId);
    if (this.#added.has(documentId) || !this.#byId.has(documentId)) return;
    this.#existing ??= rowsByDocument(this.project.annotations);
    for (const a of this.#existing.get(documentId) ?? []) this.addAnnotation(a);
  }
}
