import type { Annotation, AnnotationSchema, Project, Relation, TagwrightDocument } from '../../../../shared/model';
import { defaultAnnotationSchema } from '../../../../shared/model';
import type { ExportCorpus } from '../../../../shared/formats/corpus/corpus-export';
import type { ParsedCorpus } from '../../../../shared/formats/corpus/parsed-corpus';
import { newProject } from '../../../../main/service/new-project';
import { planCorpusImport, type CorpusImportOptions } from '../../../../main/service/corpus-import';

export const at = new Date('2026-01-01T00:00:00.000Z');

/** The import plan of parsed corpus files into `project` (a new empty one by default), with numbered ids. */
export function plan(
  corpora: ParsedCorpus[],
  options: CorpusImportOptions = {},
  project: Project = newProject('p', 'P', at),
) {
  let n = 0;
  return planCorpusImport(
    project,
    corpora,
    { documents: [], report: { imported: [], duplicates: [], problems: [] } },
    options,
    () => `id${n++}`,
    at,
  );
}

/** What an import planned, as an export reads it: each document with its annotations and the relations starting in it. */
export function exportCorpusOf(
  imported: { documents: TagwrightDocument[]; annotations: Annotation[]; relations?: Relation[] },
  schema: AnnotationSchema = defaultAnnotationSchema(),
): ExportCorpus {
  const documentOf = new Map(imported.annotations.map((a) => [a.id, a.documentId]));
  return {
    projectId: 'p',
    projectName: 'P',
    schema,
    documents: imported.documents.map((document) => ({
      document,
      annotations: imported.annotations.filter((a) => a.documentId === document.id),
      relations: (imported.relations ?? []).filter((r) => documentOf.get(r.from) === document.id),
    })),
  };
}

/** Relations as `type:from quote>to quote`, in plan order. */
export function relationQuotes(p: { annotations: Annotation[]; relations: Relation[] }): string[] {
  const quoteOf = (id: string) => p.annotations.find((a) => a.id === id)!.quote;
  return p.relations.map((r) => `${r.type}:${quoteOf(r.from)}>${quoteOf(r.to)}`);
}
