import type {
  AnnotationSchema,
  AttributeMap,
  Comment,
  DocumentSource,
  DocumentStatus,
  EventArgument,
  Fragment,
  Normalization,
} from '../../model';

/** A problem found while reading a file: where it is and what is wrong, in words a user can act on. */
export interface CorpusProblem {
  fileName: string;
  /** 1-based line, where the problem is on one. */
  line?: number;
  message: string;
}

/**
 * What a span or an event carries besides where it is: attributes (with the names that are
 * modifiers, brat `M` lines), normalizations, the note and typed comments, as the model has them,
 * and who made it when, as the file says.
 */
export interface ParsedRemarks {
  attributes: AttributeMap;
  note: string;
  modifiers?: string[];
  normalizations?: Normalization[];
  comments?: Comment[];
  annotator?: string;
  createdAt?: string;
  updatedAt?: string;
  line?: number;
}

/** A span as read from a file, before it is anchored in a document's text. */
export interface ParsedSpan extends ParsedRemarks {
  /** The span's id in its file (`T1`, an annotation id, a region id): relations refer to it. */
  key: string;
  label: string;
  /** In Unicode code points of the file's text (as the format counts), sorted. Empty: find `quote` in the text (W3C quote-only selectors). */
  fragments: Fragment[];
  /** The text the file says the span covers, checked against the document. */
  quote?: string;
  /** W3C TextQuoteSelector context, used to re-anchor a span whose offsets do not match. */
  prefix?: string;
  suffix?: string;
  /** The canonical entity the span is a mention of (Tagwright JSONL, brat `N … Tagwright:id`, W3C). */
  entity?: ParsedEntityRef;
}

/** An entity as a file names it: its id there (mentions with one key are one entity), name and aliases. */
export interface ParsedEntityRef {
  key: string;
  name: string;
  aliases?: string[];
}

export interface ParsedRelation {
  type: string;
  from: string;
  to: string;
  note?: string;
  comments?: Comment[];
  annotator?: string;
  line?: number;
}

/**
 * An event as read from a file: its type's name, its trigger and arguments by their keys in the
 * file (a span's key, or another event's with `targetKind: 'event'`), its own attributes and remarks.
 */
export interface ParsedEvent extends ParsedRemarks {
  key: string;
  type: string;
  trigger: string;
  arguments: EventArgument[];
}

/** An equivalence group as read from a file: its type's name and its members' span keys, in order. */
export interface ParsedEquivalence {
  /** Its id in the file, where it has one (Tagwright JSONL; brat's `*` lines have none). */
  key?: string;
  type: string;
  members: string[];
  annotator?: string;
  line?: number;
}

/** One document as read from a file, with its spans. */
export interface ParsedDocument {
  fileName: string;
  /** The document's own id (Tagwright JSONL): kept when the project has no document by that id. */
  id?: string;
  /** Where the text first came from (Tagwright JSONL `source`): kept, so the file name survives a round trip. */
  source?: DocumentSource;
  /** The text the offsets count in, as the file holds it (CRLF kept). Absent for W3C, which annotates documents already in the project. */
  text?: string;
  /** For annotations of a document already in the project: its id (W3C `source`). */
  targetDocumentId?: string;
  title?: string;
  status?: DocumentStatus;
  metadata?: AttributeMap;
  spans: ParsedSpan[];
  relations: ParsedRelation[];
  /** Formats that have them (brat, Tagwright JSONL). */
  events?: ParsedEvent[];
  equivalences?: ParsedEquivalence[];
  line?: number;
}

/** Everything one import file held, and every problem found reading it. */
export interface ParsedCorpus {
  format: string;
  fileName: string;
  documents: ParsedDocument[];
  problems: CorpusProblem[];
  /** Things the format holds that Tagwright cannot (reported, never dropped silently). */
  notCarried: CorpusProblem[];
  /** The schema a Tagwright JSONL header declares. */
  schema?: AnnotationSchema;
  /** The entities a Tagwright JSONL header lists, by id: its spans name them. */
  entities?: Map<string, ParsedEntityRef>;
}

/** A problem in `fileName`, at `line` when it is on one. */
export function corpusProblem(fileName: string, message: string, line?: number): CorpusProblem {
  return { fileName, ...(line ? { line } : {}), message };
}

/** An empty result for `fileName`, to fill while parsing. */
export function emptyCorpus(format: string, fileName: string): ParsedCorpus {
  return { format, fileName, documents: [], problems: [], notCarried: [] };
}
