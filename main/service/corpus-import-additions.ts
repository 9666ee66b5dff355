import {
  annotationProblem,
  isTimestamp,
  ownAttribute,
  relationProblem,
  setAttribute,
  type Annotation,
  type AttributeMap,
  type Label,
  type Relation,
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
import type { ImportIndex } from './corpus-import-index';
import type { LabelResolver } from './import-label-resolver';

/** What planning needs besides the parsed file: the lookups, the label resolver, the import's time. */
export interface PlanningContext {
  index: ImportIndex;
  labels: LabelResolver;
  /** The import's time (ISO): annotations without valid times of their own get it. */
  at: string;
}

/** What one parsed document adds: its annotations and relations, and what stood in the way. */
export interface DocumentAdditions {
  annotations: Annotation[];
  relations: Relation[];
  /** Spans already in the project or the batch (same label, same characters), not added again. */
  duplicates: number;
  problems: CorpusProblem[];
  /** Re-anchored spans. */
  warnings: CorpusProblem[];
}

/** Plans a parsed document's spans, then its relations between them, against its target document. */
export function planDocumentAdditions(
  context: PlanningContext,
  fileName: string,
  parsed: ParsedDocument,
  target: DocumentTarget,
): DocumentAdditions {
  const additions: DocumentAdditions = { annotations: [], relations: [], duplicates: 0, problems: [], warnings: [] };
  /** A span's key in the file → the annotation it became (or the one it duplicates). */
  const annotationOfKey = new Map<string, string>();
  for (const span of parsed.spans) {
    const outcome = planSpan(context, fileName, span, span.line ?? parsed.line, target);
    if (outcome.problems.length > 0) additions.problems.push(...outcome.problems);
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
    if (outcome.problems.length > 0) additions.problems.push(...outcome.problems);
    if (outcome.relation) additions.relations.push(outcome.relation);
  }
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
    attributes: coerceAttributes(span.attributes, label.entry),
    note: span.note,
    annotator: span.annotator ?? '',
    createdAt: validTime(span.createdAt) ?? context.at,
    updatedAt: validTime(span.updatedAt) ?? validTime(span.createdAt) ?? context.at,
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
  const relation: Relation = { id, type: type.entry.id, from, to, annotator: r.annotator ?? '' };
  const invalid = relationProblem(relation);
  if (!invalid) return { relation, problems };
  return {
    problems: [...problems, corpusProblem(fileName, `relation ${r.type} from ${r.from} to ${r.to}: ${invalid}`, line)],
  };
}

/** Attribute values a file wrote as text, made the number or boolean the label's definition asks for. */
function coerceAttributes(attributes: AttributeMap, label: Label): AttributeMap {
  const out: AttributeMap = { ...attributes };
  for (const def of label.attributes) {
    const value = ownAttribute(out, def.name);
    if (typeof value !== 'string') continue;
    if (def.type === 'number' && value.trim() !== '' && Number.isFinite(Number(value)))
      setAttribute(out, def.name, Number(value));
    if (def.type === 'boolean' && (value === 'true' || value === 'false'))
      setAttribute(out, def.name, value === 'true');
  }
  return out;
}

function validTime(value: string | undefined): string | undefined {
  return isTimestamp(value) ? value : undefined;
}
