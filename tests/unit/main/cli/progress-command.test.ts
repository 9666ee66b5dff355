import { copyFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess as cli } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const v6 = resolve(import.meta.dirname, '../../../fixtures/projects/v6-small.tagwright');

/** The v6 example in a temp folder: ana assigned doc1 and done, ben assigned and begun, a gold layer and a lead's edit. */
async function exampleProject(): Promise<{ dir: string; path: string }> {
  const dir = await tempDir();
  const path = join(dir, 'team.tagwright');
  await copyFile(v6, path);
  return { dir, path };
}

describe('tagwright progress PROJECT', () => {
  it('prints each annotator, then each document with who is on it', async () => {
    const { dir, path } = await exampleProject();
    const run = await cli(['progress', 'team.tagwright'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        `v6 small: assignments, curation, a gold layer, an edit by another hand (${path})`,
        'Ana (ana): 1 of 1 assigned done, 2 annotations, 0 relations, 0 events, 0 min',
        'Ben (ben): 0 of 1 assigned done, 1 annotations, 0 relations, 0 events, 0 min',
        'Per document:',
        '  Armenia provided maps.',
        '    Ana          done                     2 annotations  0 min',
        '    Ben          in-progress              1 annotations  0 min',
        '',
      ].join('\n'),
    );
  });

  it('writes CSV, one row per document and annotator, as the exports write CSV', async () => {
    const { dir } = await exampleProject();
    const run = await cli(['progress', 'team.tagwright', '--csv'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '\ufeffdocument,document_id,annotator,annotator_id,assigned,status,done_at,annotations,relations,events,first_edit,last_edit,time_spent_seconds\r\n' +
        'Armenia provided maps.,doc1,Ana,ana,yes,done,2026-01-02T12:00:00.000Z,2,0,0,2026-01-01T00:00:00.000Z,2026-01-01T00:00:00.000Z,0\r\n' +
        'Armenia provided maps.,doc1,Ben,ben,yes,in-progress,,1,0,0,2026-01-01T00:00:00.000Z,2026-01-01T00:00:00.000Z,0\r\n',
    );
  });

  it('prints the report as JSON, and refuses --json with --csv', async () => {
    const { dir } = await exampleProject();
    const run = await cli(['progress', 'team.tagwright', '--json'], dir);
    expect(JSON.parse(run.stdout)).toMatchObject({
      annotators: [
        { id: 'ana', name: 'Ana' },
        { id: 'ben', name: 'Ben' },
      ],
      totals: [
        { annotator: 'ana', assigned: 1, done: 1 },
        { annotator: 'ben', assigned: 1, done: 0 },
      ],
    });
    const both = await cli(['progress', 'team.tagwright', '--json', '--csv'], dir);
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining('Give --json or --csv, not both.')]);
  });
});
