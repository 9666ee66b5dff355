import { clipText } from '../text/clip-text';
import { attributeMapProblem } from './attributes';
import { ANNOTATOR_MAX_LENGTH, ID_MAX_LENGTH, NOTE_MAX_LENGTH } from './field-limits';
import { isId, isTimestamp } from './ids';
import { commentListProblem } from './comment';
import { modifierListProblem } from './modifiers';
import { normalizationListProblem } from './normalization';

/**
 * Why annotationSchema would refuse `a`, in words a user can act on; null when it accepts it.
 * Plain checks over the same limits as the schema (field-limits.ts): zod costs about 8 µs an
 * annotation, seconds for the million a project may hold. Opening a project (through the fast
 * path) and a corpus import both check annotations here; a property test holds it to the schema.
 */
export function annotationProblem(a: Readonly<Record<string, unknown>>): string | null {
  // Unrolled, not looped over field names: this runs a million times when a big project opens.
  if (!isId(a.id)) return idProblem('id', a.id);
  if (!isId(a.documentId)) return idProblem('documentId', a.documentId);
  if (!isId(a.label)) return idProblem('label', a.label);
  if (!isOffset(a.start) || !isOffset(a.end)) return 'start and end must be whole numbers, 0 or more';
  if (a.end <= a.start) return 'the span is empty (end must be greater than start)';
  if (typeof a.quote !== 'string') return 'the quote must be text';
  if (a.fragments !== undefined) {
    const problem = fragmentsProblem(a.fragments, a.start, a.end);
    if (problem) return problem;
  }
  if (a.attributes !== undefined) {
    const problem = attributeMapProblem(a.attributes);
    if (problem) return problem;
  }
  const note = noteProblem(a.note);
  if (note) return note;
  const extras = remarksProblem(a);
  if (extras) return extras;
  const annotator = annotatorProblem(a.annotator);
  if (annotator) return annotator;
  if (!isTimestamp(a.createdAt)) return timestampProblem('createdAt', a.createdAt);
  if (!isTimestamp(a.updatedAt)) return timestampProblem('updatedAt', a.updatedAt);
  return null;
}

/** Why relationSchema would refuse `r`, in words; null when it accepts it. */
export function relationProblem(r: Readonly<Record<string, unknown>>): string | null {
  if (!isId(r.id)) return idProblem('id', r.id);
  if (!isId(r.type)) return idProblem('type', r.type);
  if (!isId(r.from)) return idProblem('from', r.from);
  if (!isId(r.to)) return idProblem('to', r.to);
  const note = noteProblem(r.note);
  if (note) return note;
  if (r.comments !== undefined) {
    const problem = commentListProblem(r.comments);
    if (problem) return problem;
  }
  return annotatorProblem(r.annotator);
}

/** Why the modifiers, normalizations, entity or comments of an annotation would be refused; null when fine. */
function remarksProblem(a: Readonly<Record<string, unknown>>): string | null {
  if (a.modifiers !== undefined) {
    const problem = modifierListProblem(a.modifiers, a.attributes ?? {});
    if (problem) return problem;
  }
  if (a.normalizations !== undefined) {
    const problem = normalizationListProblem(a.normalizations);
    if (problem) return problem;
  }
  if (a.entity !== undefined && !isId(a.entity)) return idProblem('entity', a.entity);
  return a.comments === undefined ? null : commentListProblem(a.comments);
}

function noteProblem(note: unknown): string | null {
  if (note === undefined || (typeof note === 'string' && note.length <= NOTE_MAX_LENGTH)) return null;
  return `the note must be text of at most ${NOTE_MAX_LENGTH.toLocaleString('en')} characters`;
}

/** A discontinuous span's pieces: at least two, each non-empty, sorted, disjoint, spanning exactly start..end. */
function fragmentsProblem(fragments: unknown, start: number, end: number): string | null {
  if (!Array.isArray(fragments) || fragments.length < 2) return 'fragments must be a list of at least two pieces';
  let previousEnd = -1;
  for (const f of fragments as unknown[]) {
    const piece = typeof f === 'object' && f !== null ? (f as Record<string, unknown>) : {};
    if (!isOffset(piece.start) || !isOffset(piece.end)) return 'each fragment needs whole-number start and end';
    if (piece.end <= piece.start || piece.start < previousEnd)
      return 'fragments must be sorted, disjoint, non-empty and span exactly start..end';
    previousEnd = piece.end;
  }
  const first = fragments[0] as { start: number };
  if (first.start !== start || previousEnd !== end)
    return 'fragments must be sorted, disjoint, non-empty and span exactly start..end';
  return null;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function annotatorProblem(annotator: unknown): string | null {
  if (annotator === undefined || (typeof annotator === 'string' && annotator.length <= ANNOTATOR_MAX_LENGTH))
    return null;
  return `the annotator name must be text of at most ${ANNOTATOR_MAX_LENGTH} characters`;
}

function idProblem(field: string, value: unknown): string {
  return `${field} ${describe(value)} is not an id (1–${ID_MAX_LENGTH} letters, digits, "_" or "-")`;
}

function timestampProblem(field: string, value: unknown): string {
  return `${field} ${describe(value)} is not an ISO-8601 timestamp with a time zone`;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clipText(value));
  // Not String(value): JSON can give an object a "toString" that is not a function, and it throws.
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'a list' : 'an object';
  return String(value);
}
