import type {
  Annotation,
  AnnotationSchema,
  Equivalence,
  Project,
  Relation,
  TagwrightDocument,
  TagwrightEvent,
} from '../../../../shared/model';
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

/**
 * What an import planned, as an export reads it: each document with its annotations, the
 * relations starting in it, its events and groups.
 */
export function exportCorpusOf(
  imported: {
    documents: TagwrightDocument[];
    annotations: Annotation[];
    relations?: Relation[];
    events?: TagwrightEvent[];
    equivalences?: Equivalence[];
  },
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
      events: (imported.events ?? []).filter((e) => e.documentId === document.id),
      equivalences: (imported.equivalences ?? []).filter((g) => g.documentId === document.id),
    })),
  };
}

/** Relations as `type:from quote>to quote`, in plan order. */
export function relationQuotes(p: { annotations: Annotation[]; relations: Relation[] }): string[] {
  const quoteOf = (id: string) => p.annotations.find((a) => a.id === id)!.quote;
  return p.relations.map((r) => `${r.type}:${quoteOf(r.from)}>${quoteOf(r.to)}`);
}

/**
 * Events as `type:trigger quote(role:argument quote, …)` with their attributes, modifiers and note
 * (an event argument by its own description), sorted: for comparing imports whose ids differ.
 */
export function eventQuotes(p: { annotations: Annotation[]; events: TagwrightEvent[] }): string[] {
  const quoteOf = (id: string) => p.annotations.find((a) => a.id === id)!.quote;
  const describe = (e: TagwrightEvent): string => {
    const args = e.arguments.map(
      (a) =>
        `${a.role}:${a.targetKind === 'event' ? `[${describe(p.events.find((x) => x.id === a.target)!)}]` : quoteOf(a.target)}`,
    );
    return `${e.type}:${quoteOf(e.trigger)}(${args.join(', ')})`;
  };
  return p.events
    .map(
      (e) =>
        `${describe(e)} ${JSON.stringify([e.attributes, e.modifiers ?? [], e.note, e.normalizations ?? [], e.comments ?? []])}`,
    )
    .sort();
}

/** Equivalence groups as `type:quote|quote|…` (members in order), sorted. */
export function groupQuotes(p: { annotations: Annotation[]; equivalences: Equivalence[] }): string[] {
  const quoteOf = (id: string) => p.annotations.find((a) => a.id === id)!.quote;
  return p.equivalences.map((g) => `${g.type}:${g.members.map(quoteOf).join('|')}`).sort();
}
