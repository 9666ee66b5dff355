import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ProjectService } from '../../main/service/project-service';
import { runCliInProcess } from './run-cli-in-process';
import { TEAM_TEXTS, type Mark } from './merge-fixtures';

/** Three annotators' work on TEAM_TEXTS: the same passages, labelled alike in places and differently in others. */
export const TEAM_WORK: Record<string, Mark[]> = {
  ana: [
    { text: 0, quote: 'The ministry', label: 'actor' },
    { text: 0, quote: '25 percent', label: 'figure' },
    { text: 1, quote: 'Hajizada', label: 'actor' },
    { text: 1, quote: '400,000 mines', label: 'figure' },
  ],
  ben: [
    { text: 0, quote: 'ministry', label: 'actor' },
    { text: 0, quote: '25 percent', label: 'figure' },
    { text: 1, quote: 'Hajizada', label: 'actor' },
    { text: 1, quote: 'Envoy magazine', label: 'actor' },
  ],
  cy: [
    { text: 0, quote: 'The ministry', label: 'actor' },
    { text: 0, quote: '25 percent of the maps were accurate', label: 'claim' },
    { text: 1, quote: 'spoke to Envoy magazine', label: 'event' },
  ],
};

const seedsDir = resolve(import.meta.dirname, '../../seeds');

/**
 * Makes a lead's project in `dir` with the real CLI (`tagwright new`, `tagwright import` of the
 * texts), hands each annotator a copy (`tagwright handout`), and has each label theirs in a session
 * of their own (ProjectService with their name, as the app records it). Answers the copies' paths.
 * A mark's `text` is an index in `texts` (TEAM_TEXTS unless given: the sample's, say).
 */
export async function createTeamFiles(
  dir: string,
  work: Record<string, Mark[]> = TEAM_WORK,
  texts: readonly string[] = TEAM_TEXTS,
): Promise<{ lead: string; copies: Record<string, string> }> {
  const files = texts.map((_, i) => `text-${i}.txt`);
  await Promise.all(texts.map((text, i) => writeFile(join(dir, files[i]!), text)));
  for (const args of [
    ['new', 'lead.tagwright'],
    ['import', 'lead.tagwright', ...files],
  ]) {
    const run = await runCliInProcess(args, dir);
    if (run.code !== 0) throw new Error(`tagwright ${args.join(' ')} failed: ${run.stderr}`);
  }
  const lead = join(dir, 'lead.tagwright');
  const copies: Record<string, string> = {};
  for (const [annotator, marks] of Object.entries(work)) {
    const copy = join(dir, `${annotator}.tagwright`);
    const handout = await runCliInProcess(['handout', 'lead.tagwright', '--annotator', annotator, '--out', copy], dir);
    if (handout.code !== 0) throw new Error(`tagwright handout failed: ${handout.stderr}`);
    await labelCopy(dir, copy, annotator, marks, texts);
    copies[annotator] = copy;
  }
  return { lead, copies };
}

async function labelCopy(
  dir: string,
  path: string,
  annotator: string,
  marks: Mark[],
  texts: readonly string[],
): Promise<void> {
  const service = await ProjectService.create({ userDataDir: join(dir, `user-${annotator}`), seedsDir, annotator });
  await service.openProject(path);
  const idOfText = new Map(service.listDocuments().map((d) => [service.getDocument(d.id).document.text, d.id]));
  for (const { text, quote, label, attributes } of marks) {
    const start = texts[text]!.indexOf(quote);
    const documentId = idOfText.get(texts[text]!)!;
    service.createAnnotation({ documentId, start, end: start + quote.length, label, attributes });
  }
  await service.closeProject();
}
