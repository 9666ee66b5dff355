import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ProjectService } from '../../main/service/project-service';
import type { AgreementReport } from '../../shared/agreement/agreement-report';
import { measureProjectAgreement } from '../../shared/agreement/project-agreement';
import type { Project } from '../../shared/model';
import { runCliInProcess } from './run-cli-in-process';

type Mark = { label: string; quote: string; attributes?: Record<string, string | number> };
/** A relation from one of an annotator's marks to another, by their positions in the annotator's list. */
type Link = [from: number, to: number];
type Work = { marks: Mark[]; links?: Link[] };

/**
 * Two annotators' work on the same texts, Ana's and Ben's: they agree on some spans exactly, on
 * some only in part, and each marks one the other does not; a third text only Ana worked on.
 * By hand: 6 spans each, 3 exact matches and 5 by overlap (exact F1 0.5, overlap F1 10/12),
 * their one relation each matched (relation F1 1).
 */
export const TWO_ANNOTATOR_WORK: { file: string; text: string; work: Record<'ana' | 'ben', Work> }[] = [
  {
    file: 'maps.txt',
    text: 'The ministry said 25 percent of the maps were accurate.',
    work: {
      ana: {
        marks: [
          { label: 'actor', quote: 'The ministry' },
          { label: 'figure', quote: '25 percent', attributes: { value: 0.25, unit: 'percent' } },
          { label: 'claim', quote: '25 percent of the maps were accurate' },
        ],
        links: [[2, 0]],
      },
      ben: {
        marks: [
          { label: 'actor', quote: 'ministry' },
          { label: 'figure', quote: '25 percent', attributes: { value: 0.25 } },
          { label: 'claim', quote: '25 percent of the maps were accurate' },
        ],
        links: [[2, 0]],
      },
    },
  },
  {
    file: 'mines.txt',
    text: 'Hajizada spoke to Envoy magazine about 400,000 mines.',
    work: {
      ana: {
        marks: [
          { label: 'actor', quote: 'Hajizada' },
          { label: 'actor', quote: 'Envoy magazine' },
          { label: 'figure', quote: '400,000 mines' },
        ],
      },
      ben: {
        marks: [
          { label: 'actor', quote: 'Hajizada' },
          { label: 'event', quote: 'spoke to Envoy magazine' },
          { label: 'figure', quote: '400,000' },
        ],
      },
    },
  },
  {
    file: 'alone.txt',
    text: 'Only Ana read this one.',
    work: { ana: { marks: [{ label: 'actor', quote: 'Ana' }] }, ben: { marks: [] } },
  },
];

const seedsDir = resolve(import.meta.dirname, '../../seeds');

/**
 * Makes `name` in `dir` as a team would: `tagwright new` and `tagwright import` of the texts,
 * then each annotator's own session of the app labelling them (every annotation and relation
 * made through ProjectService, which records its annotator).
 */
export async function createTwoAnnotatorProject(dir: string, name = 'team.tagwright'): Promise<string> {
  for (const { file, text } of TWO_ANNOTATOR_WORK) await writeFile(join(dir, file), text);
  for (const args of [
    ['new', name],
    ['import', name, ...TWO_ANNOTATOR_WORK.map((d) => d.file)],
  ]) {
    const run = await runCliInProcess(args, dir);
    if (run.code !== 0) throw new Error(`tagwright ${args.join(' ')} failed: ${run.stderr}`);
  }
  const path = join(dir, name);
  for (const annotator of ['ana', 'ben'] as const) {
    const service = await ProjectService.create({ userDataDir: join(dir, annotator), seedsDir, annotator });
    await service.openProject(path);
    const documents = service.listDocuments();
    TWO_ANNOTATOR_WORK.forEach(({ text, work }, i) => labelAs(service, documents[i]!.id, text, work[annotator]));
    await service.closeProject();
  }
  return path;
}

function labelAs(service: ProjectService, documentId: string, text: string, { marks, links = [] }: Work): void {
  const ids = marks.map(({ label, quote, attributes }) => {
    const start = text.indexOf(quote);
    const change = service.createAnnotation({ documentId, start, end: start + quote.length, label, attributes });
    return change.annotations.added[0]!.id;
  });
  for (const [from, to] of links) service.createRelation({ type: 'attributed-to', from: ids[from]!, to: ids[to]! });
}

/** The agreement report the pure functions compute for a project as saved (what main should answer for it). */
export function agreementOfSaved(project: Project): AgreementReport {
  return measureProjectAgreement({
    labels: project.schema.labels,
    annotators: project.annotators,
    documents: project.documents.map((d) => {
      const annotations = project.annotations.filter((a) => a.documentId === d.id);
      const ids = new Set(annotations.map((a) => a.id));
      return { ...d, annotations, relations: project.relations.filter((r) => ids.has(r.from)) };
    }),
  });
}
