import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import {
  annotationProblem,
  documentSchema,
  isId,
  isTimestamp,
  ownAttribute,
  relationProblem,
  setAttribute,
  type Annotation,
  type AttributeMap,
  type Label,
  type Project,
  type Relation,
  type RelationType,
  type TagwrightDocument,
} from '../../shared/model';
import type { ImportReport } from '../../shared/ipc/views';
import { anchorSpan, sourceText, type SourceText } from '../../shared/formats/corpus/anchor-spans';
import type { CorpusProblem, ParsedCorpus, ParsedDocument } from '../../shared/formats/corpus/parsed-corpus';
import { detectLineEndings } from '../../shared/text/line-endings';
import { titleFromText } from '../../shared/text/document-title';
import { hashText } from './build-documents';
import { LabelResolver } from './import-label-resolver';
import type { CorpusImportOptions } from './corpus-import-options';

export type { CorpusImportOptions } from './corpus-import-options';

/** What one corpus file brought in. */
export interface CorpusFileReport {
  fileName: string;
  format: string;
  documents: number;
  /** Documents whose text was already in the project: the annotations were added to them. */
  existingDocuments: number;
  annotations: number;
  relations: number;
  duplicateAnnotations: number;
}

export interface CorpusImportReport {
  /** False when problems stopped the import: then nothing in the project changed. */
  applied: boolean;
  files: CorpusFileReport[];
  /** Plain documents (.txt, .md, .html, .docx, .pdf) imported alongside. */
  documents: ImportReport;
  problems: CorpusProblem[];
  /** Re-anchored spans and what a format held that Tagwright does not carry. */
  warnings: CorpusProblem[];
  addedLabels: string[];
  addedRelationTypes: string[];
  totals: { documents: number; annotations: number; relations: number };
}

/** Everything an import adds, built before anything is applied. */
export interface CorpusImportPlan {
  report: CorpusImportReport;
  labels: Label[];
  relationTypes: RelationType[];
  documents: TagwrightDocument[];
  annotations: Annotation[];
  relations: Relation[];
  /** Existing documents that received annotations and were still "new". */
  startedDocumentIds: string[];
}

/**
 * Builds the documents, annotations and relations an import of parsed corpus files adds to
 * `project`, checking every span against its text and every label against the schema. Nothing is
 * changed here: the caller applies the plan in one step, and only if `report.applied`.
 */
export function planCorpusImport(
  project: Project,
  corpora: ParsedCorpus[],
  plainDocuments: { documents: TagwrightDocument[]; report: ImportReport },
  options: CorpusImportOptions,
  newId: () => string,
  now: Date,
): CorpusImportPlan {
  const at = now.toISOString();
  const problems: CorpusProblem[] = [];
  const warnings: CorpusProblem[] = [];
  for (const c of corpora) {
    problems.push(...c.problems);
    warnings.push(...c.notCarried);
  }
  const labels = new LabelResolver(project.schema, corpora, options, problems);
  const byHash = new Map(project.documents.map((d) => [d.sha256, d]));
  const byId = new Map(project.documents.map((d) => [d.id, d]));
  for (const d of plainDocuments.documents) byHash.set(d.sha256, d);
  const usedIds = new Set<string>([...project.annotations.map((a) => a.id), ...project.relations.map((r) => r.id)]);
  /** Spans already in the project or the batch (label and characters) → their annotation id. */
  const existingSpans = new Map<string, string>();
  const plan: CorpusImportPlan = {
    report: {
      applied: false,
      files: [],
      documents: plainDocuments.report,
      problems,
      warnings,
      addedLabels: [],
      addedRelationTypes: [],
      totals: { documents: plainDocuments.documents.length, annotations: 0, relations: 0 },
    },
    labels: [],
    relationTypes: [],
    documents: [...plainDocuments.documents],
    annotations: [],
    relations: [],
    startedDocumentIds: [],
  };
  const touchedExisting = new Set<string>();
  let existingIndex: Map<string, Annotation[]> | null = null;
  const existingByDocument = () => {
    if (!existingIndex) {
      existingIndex = new Map();
      for (const a of project.annotations) {
        const list = existingIndex.get(a.documentId);
        if (list) list.push(a);
        else existingIndex.set(a.documentId, [a]);
      }
    }
    return existingIndex;
  };

  for (const corpus of corpora) {
    const file: CorpusFileReport = {
      fileName: corpus.fileName,
      format: corpus.format,
      documents: 0,
      existingDocuments: 0,
      annotations: 0,
      relations: 0,
      duplicateAnnotations: 0,
    };
    plan.report.files.push(file);
    for (const parsed of corpus.documents) {
      const problem = (message: string, line = parsed.line) =>
        problems.push({
          fileName: corpus.fileName,
          ...(line ? { line } : {}),
          message,
        });
      const target = resolveDocument(parsed);
      if (!target) continue;
      const { document, source, isNew } = target;
      if (isNew) {
        plan.documents.push(document);
        byHash.set(document.sha256, document);
        file.documents++;
      } else {
        file.existingDocuments++;
        if (!touchedExisting.has(document.id)) {
          touchedExisting.add(document.id);
          for (const a of existingByDocument().get(document.id) ?? []) existingSpans.set(spanKey(a), a.id);
        }
      }
      const keyToId = new Map<string, string>();
      for (const span of parsed.spans) {
        const where = span.line ?? parsed.line;
        const label = labels.label(span.label, corpus.fileName, where);
        const anchored = anchorSpan(source, span);
        if (!anchored.ok) {
          problem(`${span.key}: ${anchored.message}`, where);
          continue;
        }
        if (anchored.warning)
          warnings.push({
            fileName: corpus.fileName,
            ...(where ? { line: where } : {}),
            message: `${span.key}: ${anchored.warning}`,
          });
        if (!label) continue;
        const fragments = anchored.fragments;
        const start = fragments[0]!.start;
        const end = fragments[fragments.length - 1]!.end;
        const id = chooseId(span.key);
        const candidate: Annotation = {
          id,
          documentId: document.id,
          start,
          end,
          quote: document.text.slice(start, end),
          ...(fragments.length > 1 ? { fragments } : {}),
          label: label.id,
          attributes: coerceAttributes(span.attributes, label),
          note: span.note,
          annotator: span.annotator ?? '',
          createdAt: validTime(span.createdAt) ?? at,
          updatedAt: validTime(span.updatedAt) ?? validTime(span.createdAt) ?? at,
        };
        const invalid = annotationProblem(candidate);
        if (invalid) {
          problem(`${span.key}: ${invalid}`, where);
          continue;
        }
        const key = spanKey(candidate);
        const twin = existingSpans.get(key);
        if (twin) {
          // The same label on the same characters is one annotation: relations to the copy go to it.
          keyToId.set(span.key, twin);
          file.duplicateAnnotations++;
          continue;
        }
        existingSpans.set(key, id);
        keyToId.set(span.key, id);
        plan.annotations.push(candidate);
        file.annotations++;
      }
      for (const r of parsed.relations) {
        const type = labels.relationType(r.type, corpus.fileName, r.line ?? parsed.line);
        const from = keyToId.get(r.from);
        const to = keyToId.get(r.to);
        if (!from || !to) {
          if (parsed.spans.some((s) => s.key === r.from) && parsed.spans.some((s) => s.key === r.to)) continue; // a span it links was refused: already reported
          problem(
            `relation ${r.type} links ${!from ? r.from : r.to}, which is not an annotation of this document`,
            r.line ?? parsed.line,
          );
          continue;
        }
        if (!type) continue;
        const relation: Relation = { id: chooseId(undefined), type: type.id, from, to, annotator: r.annotator ?? '' };
        const invalid = relationProblem(relation);
        if (invalid) {
          problem(`relation ${r.type} from ${r.from} to ${r.to}: ${invalid}`, r.line ?? parsed.line);
          continue;
        }
        plan.relations.push(relation);
        file.relations++;
      }
      if (!isNew && document.status === 'new' && file.annotations > 0) plan.startedDocumentIds.push(document.id);
    }
  }
  plan.labels = labels.added;
  plan.relationTypes = labels.addedRelationTypes;
  plan.report.addedLabels = labels.added.map((l) => l.id);
  plan.report.addedRelationTypes = labels.addedRelationTypes.map((r) => r.id);
  plan.report.totals.documents += plan.documents.length - plainDocuments.documents.length;
  plan.report.totals.annotations = plan.annotations.length;
  plan.report.totals.relations = plan.relations.length;
  plan.report.applied = problems.length === 0 || options.partial === true;
  return plan;

  function resolveDocument(
    parsed: ParsedDocument,
  ): { document: TagwrightDocument; source: SourceText; isNew: boolean } | null {
    if (parsed.text === undefined) {
      const existing = parsed.targetDocumentId ? byId.get(parsed.targetDocumentId) : undefined;
      if (!existing) {
        problems.push({
          fileName: parsed.fileName,
          message: `the annotations target document "${parsed.targetDocumentId}", which is not in this project (W3C files carry no text: import or keep the documents first)`,
        });
        return null;
      }
      return { document: existing, source: sourceText(existing.text), isNew: false };
    }
    const source = sourceText(parsed.text);
    if (source.text.trim() === '') {
      problems.push({
        fileName: parsed.fileName,
        ...(parsed.line ? { line: parsed.line } : {}),
        message: 'the document has no text',
      });
      return null;
    }
    const sha256 = hashText(source.text);
    const twin = byHash.get(sha256);
    // The spans index the file's own text (its CRLFs, say), which `source` maps onto ours.
    if (twin) return { document: twin, source, isNew: false };
    const fileName = basename(parsed.fileName);
    const document: TagwrightDocument = {
      id: newId(),
      title: parsed.title ?? titleFromText(source.text, fileName),
      text: source.text,
      sha256,
      source: { fileName, encoding: 'utf-8', lineEndings: detectLineEndings(parsed.text), importedAt: at },
      status: parsed.status ?? (parsed.spans.length > 0 ? 'in-progress' : 'new'),
      metadata: parsed.metadata ?? {},
    };
    // Checked with the schema the project file is read with: a title or metadata it refuses would
    // be saved now and refuse the whole project at the next open.
    const invalid = documentSchema.safeParse(document);
    if (!invalid.success) {
      const issue = invalid.error.issues[0]!;
      problems.push({
        fileName: parsed.fileName,
        ...(parsed.line ? { line: parsed.line } : {}),
        message: `the document's ${String(issue.path[0] ?? 'text')}: ${issue.message}`,
      });
      return null;
    }
    return { document, source, isNew: true };
  }

  /** Keeps a file's own id when it is a valid, unused Tagwright id (lossless round trips); else a new one. */
  function chooseId(key: string | undefined): string {
    const own = key?.startsWith('urn:tagwright:annotation:') ? key.slice('urn:tagwright:annotation:'.length) : key;
    const id = own && isId(own) && !/^[TREAMN#]?\d+$/.test(own) && !usedIds.has(own) ? own : newId();
    usedIds.add(id);
    return id;
  }
}

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

function spanKey(a: Pick<Annotation, 'documentId' | 'start' | 'end' | 'label' | 'fragments'>): string {
  return `${a.documentId}|${a.label}|${(a.fragments ?? [a]).map((f) => `${f.start}-${f.end}`).join(';')}`;
}

/**
 * Random ids of the service's kind (12 base64url characters, 72 bits) drawn 4,096 at a time: one
 * randomBytes call per id costs about 15 µs, which a million imported annotations notice.
 */
export function pooledRandomIds(): () => string {
  let pool = Buffer.alloc(0);
  let at = 0;
  return () => {
    if (at + 9 > pool.length) {
      pool = randomBytes(9 * 4096);
      at = 0;
    }
    at += 9;
    return pool.toString('base64url', at - 9, at);
  };
}
