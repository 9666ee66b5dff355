import {
  annotationProblem,
  relationProblem,
  type Annotation,
  type Equivalence,
  type Relation,
  type TagwrightEvent,
} from '../../shared/model';
import { anchorSpan } from '../../shared/formats/corpus/anchor-spans';
import {
  corpusProblem,
  type CorpusProblem,
  type ParsedDocument,
  type ParsedRelation,
  type ParsedSpan,
} from '../../shared/formats/corpus/parsed-corpus';
import type { DocumentTarget } from './corpus-import-documents';
import { planEquivalences, planEvents } from './corpus-import-events';
import type { PlanningContext } from './corpus-import-context';
import { authorshipOf, coerceAttributes, remarksOf } from './imported-values';

export type { PlanningContext } from './corpus-import-context';

/** What one parsed document adds: its annotations, relations, events and groups, and what stood in the way. */
export interface DocumentAdditions {
  annotations: Annotation[];
  relations: Relation[];
  events: TagwrightEvent[];
  equivalences: Equivalence[];
  /** Spans already in the project or the batch (same label, same characters), not added again. */
  duplicates: number;
  problems: CorpusProblem[];
  /** Re-anchored spans. */
  warnings: CorpusProblem[];
}

/** Plans a parsed document's spans, then its relations, events and groups of them, against its target document. */
export function planDocumentAdditions(
  context: PlanningContext,
  fileName: string,
  parsed: ParsedDocument,
  target: DocumentTarget,
): DocumentAdditions {
  const additions: DocumentAdditions = {
    annotations: [],
    relations: [],
    events: [],
    equivalences: [],
    duplicates: 0,
    problems: [],
    warnings: [],
  };
  /** A span's key in the file → the annotation it became (or the one it duplicates). */
  const annotationOfKey = new Map<string, string>();
  for (const span of parsed.spans) {
    const outcome = planSpan(context, fileName, span, span.line ?? parsed.line, target);
    for (const problem of outcome.problems) additions.problems.push(problem);
    if (outcome.warning) additions.warnings.push(outcome.warning);
    if (!outcome.annotation) continue;
    const twin = context.index.twinOf(outcome.annotation);
    if (twin) {
      // The same label on the same characters is one annotation: relations to the copy go to it.
      annotationOfKey.set(span.key, twin);
      additions.duplicates++;
      continue;
    }
    context.index.addAnnotation(outcome.annotation);
    annotationOfKey.set(span.key, outcome.annotation.id);
    additions.annotations.push(outcome.annotation);
  }
  for (const r of parsed.relations) {
    const outcome = planRelation(context, fileName, parsed, r, annotationOfKey);
    for (const problem of outcome.problems) additions.problems.push(problem);
    if (outcome.relation) additions.relations.push(outcome.relation);
  }
  const events = planEvents(context, fileName, parsed, target.document.id, annotationOfKey);
  const groups = planEquivalences(context, fileName, parsed, target.document.id, annotationOfKey);
  for (const planned of [events, groups]) {
    // One by one: a document's events may bring 150,000 problems, too many for push(...list).
    for (const problem of planned.problems) additions.problems.push(problem);
    for (const warning of planned.warnings) additions.warnings.push(warning);
  }
  additions.events = events.events;
  additions.equivalences = groups.equivalences;
  return additions;
}

/** One span anchored in its document and labelled: the annotation, or the problems that stop it. */
function planSpan(
  context: PlanningContext,
  fileName: string,
  span: ParsedSpan,
  line: number | undefined,
  target: DocumentTarget,
): { annotation?: Annotation; problems: CorpusProblem[]; warning?: CorpusProblem } {
  const label = context.labels.label(span.label, fileName, line);
  const problems = label.problem ? [label.problem] : [];
  const anchored = anchorSpan(target.source, span);
  if (!anchored.ok)
    return { problems: [...problems, corpusProblem(fileName, `${span.key}: ${anchored.message}`, line)] };
  const warning = anchored.warning ? corpusProblem(fileName, `${span.key}: ${anchored.warning}`, line) : undefined;
  if (!label.entry) return { problems, ...(warning ? { warning } : {}) };
  const { fragments } = anchored;
  const start = fragments[0]!.start;
  const end = fragments[fragments.length - 1]!.end;
  const annotation: Annotation = {
    id: context.index.chooseId(span.key),
    documentId: target.document.id,
    start,
    end,
    quote: target.document.text.slice(start, end),
    ...(fragments.length > 1 ? { fragments } : {}),
    label: label.entry.id,
    attributes: coerceAttributes(span.attributes, label.entry.attributes),
    note: span.note,
    ...remarksOf(span),
    ...(span.entity ? { entity: context.entities.idFor(span.entity, label.entry.id) } : {}),
    ...authorshipOf(span, context.at),
  };
  const invalid = annotationProblem(annotation);
  if (invalid) problems.push(corpusProblem(fileName, `${span.key}: ${invalid}`, line));
  return { ...(invalid ? {} : { annotation }), problems, ...(warning ? { warning } : {}) };
}

/** One relation between annotations of the same parsed document: the relation, and what stood in its way. */
function planRelation(
  context: PlanningContext,
  fileName: string,
  parsed: ParsedDocument,
  r: ParsedRelation,
  annotationOfKey: ReadonlyMap<string, string>,
): { relation?: Relation; problems: CorpusProblem[] } {
  const line = r.line ?? parsed.line;
  const type = context.labels.relationType(r.type, fileName, line);
  const problems = type.problem ? [type.problem] : [];
  const from = annotationOfKey.get(r.from);
  const to = annotationOfKey.get(r.to);
  if (!from || !to) {
    // A span it links was refused: that is reported already.
    if (parsed.spans.some((s) => s.key === r.from) && parsed.spans.some((s) => s.key === r.to)) return { problems };
    const message = `relation ${r.type} links ${!from ? r.from : r.to}, which is not an annotation of this document`;
    return { problems: [...problems, corpusProblem(fileName, message, line)] };
  }
  if (!type.entry) return { problems };
  const id = context.index.chooseId(undefined);
  const relation: Relation = {
    id,
    type: type.entry.id,
    from,
    to,
    ...(r.note ? { note: r.note } : {}),
    ...(r.comments ? { comments: r.comments } : {}),
    annotator: r.annotator ?? '',
  };
  const invalid = relationProblem(relation);
  if (!invalid) return { relation, problems };
  return {
    problems: [...problems, corpusProblem(fileName, `relation ${r.type} from ${r.from} to ${r.to}: ${invalid}`, line)],
  };
}
