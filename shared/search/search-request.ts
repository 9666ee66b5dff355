import { z } from 'zod';
import { ATTRIBUTE_NAME_MAX_LENGTH, idSchema, type AttributeMap } from '../model';

/** Longest query or filter text: a pattern of a few lines, never a document. */
export const SEARCH_TEXT_MAX_LENGTH = 1000;
/** Hits sent back by default, and at most: counts go on beyond them. */
export const DEFAULT_HIT_LIMIT = 2000;
export const MAX_HIT_LIMIT = 20_000;

/**
 * What to look for in the corpus. `query` is plain text (case- and diacritic-insensitive unless
 * `caseSensitive`; diacritics are always ignored) or, with `regex`, a JavaScript regular
 * expression run on the text as it is. The filters keep hits inside an annotation that has the
 * label, the attribute value and the note text asked for (all of them, on one annotation); with
 * filters and no query, those annotations are the hits.
 */
export const searchRequestSchema = z
  .object({
    query: z.string().max(SEARCH_TEXT_MAX_LENGTH),
    regex: z.boolean().default(false),
    caseSensitive: z.boolean().default(false),
    label: idSchema.optional(),
    attribute: z
      .object({
        name: z.string().min(1).max(ATTRIBUTE_NAME_MAX_LENGTH),
        /** Compared as text, ignoring case and diacritics; absent: any value. */
        value: z.string().max(SEARCH_TEXT_MAX_LENGTH).optional(),
      })
      .strict()
      .optional(),
    /** Text the annotation's note contains, ignoring case and diacritics. */
    note: z.string().min(1).max(SEARCH_TEXT_MAX_LENGTH).optional(),
    /** How many hits to send back (the counts cover every hit). */
    limit: z.number().int().min(1).max(MAX_HIT_LIMIT).default(DEFAULT_HIT_LIMIT),
  })
  .strict();

export type SearchRequest = z.output<typeof searchRequestSchema>;
export type SearchRequestInput = z.input<typeof searchRequestSchema>;

/** An annotation as search reads it: where it is, its label, and what the filters look at. */
export interface SearchAnnotation {
  id: string;
  start: number;
  end: number;
  label: string;
  note: string;
  attributes: AttributeMap;
}

/** A document as search reads it. */
export interface SearchDocument {
  id: string;
  title: string;
  text: string;
  annotations: SearchAnnotation[];
}

/** An existing annotation that contains a hit. */
export interface CoveringAnnotation {
  annotationId: string;
  label: string;
  /** It spans exactly the hit. */
  exact: boolean;
}

/** One place the query matched. */
export interface SearchHit {
  documentId: string;
  /** UTF-16 offsets into the document's text (what the app stores). */
  start: number;
  end: number;
  /** Code-point offsets (what exports and the CLI's --json write). */
  startCodePoint: number;
  endCodePoint: number;
  /** The matched text, exactly as in the document. */
  text: string;
  /** Up to CONTEXT_CODE_POINTS of text before and after, each run of white space shown as one space. */
  left: string;
  right: string;
  /** Annotations that contain the hit, in text order. */
  coveredBy: CoveringAnnotation[];
}

/** How many hits one document has. */
export interface DocumentHitCount {
  documentId: string;
  title: string;
  hits: number;
}

export interface SearchResults {
  /** The first `limit` hits, in document order, then text order. */
  hits: SearchHit[];
  /** Every hit, including those beyond `limit`. */
  total: number;
  /** Documents with hits, in document order. */
  documents: DocumentHitCount[];
  /** There were more hits than `limit`. */
  truncated: boolean;
}
