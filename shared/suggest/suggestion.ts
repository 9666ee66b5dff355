import type { AttributeMap } from '../model';
import type { EntityKind } from './entity-kinds';

/** Where a suggestion comes from: strings labelled elsewhere in the project, or the offline NLP. */
export type SuggestionSourceId = 'memory' | 'nlp';

/** A span a source proposes to label; the engine checks, filters and completes it. */
export interface SuggestionCandidate {
  /** Half-open, in UTF-16 code units of the document's text (the unit annotations use). */
  start: number;
  end: number;
  /** A label id of the project's schema. */
  label: string;
  source: SuggestionSourceId;
  /** What the NLP source recognised there; absent for the project memory. */
  kind?: EntityKind;
  /** Memory only: other labels this text was given exactly as often as `label`. */
  tiedLabels?: string[];
}

/** A suggestion as shown: never saved until accepted, when it becomes an annotation. */
export interface Suggestion extends SuggestionCandidate {
  /** Unique in its document: the span and the label (`start-end-label`). */
  id: string;
  /** `text.slice(start, end)`. */
  text: string;
  /** What accepting sets on the annotation: a figure's value, unit and qualifier; `{}` otherwise. */
  attributes: AttributeMap;
}

/** One pluggable source of suggestions: reads a document's text, proposes labelled spans. */
export interface SuggestionSource {
  readonly id: SuggestionSourceId;
  candidates(text: string): SuggestionCandidate[];
}

/** The id of a suggestion of `label` at `start`–`end`: the same span and label is the same suggestion. */
export const suggestionId = (start: number, end: number, label: string): string => `${start}-${end}-${label}`;
