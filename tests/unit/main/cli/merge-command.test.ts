import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathExists } from '../../../../main/io/path-exists';
import { readSavedProject } from '../../../support/project-file-text';
import { runCliInProcess as cli } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';
import { createTeamFiles, TEAM_WORK } from '../../../support/team-files';
import { TEAM_TEXTS } from '../../../support/merge-fixtures';

const tempDir = useTempDirs();

/** Each annotator's annotations in a saved project, as [quote, label] pairs, by annotator. */
async function workByAnnotator(path: string): Promise<Record<string, [string, string][]>> {
  const project = await readSavedProject(path);
  const work: Record<string, [string, string][]> = {};
  for (const a of project.annotations) (work[a.annotator] ??= []).push([a.quote, a.label]);
  return work;
}

const expectedWork = Object.fromEntries(
  Object.entries(TEAM_WORK).map(([who, marks]) => [who, marks.map((m) => [m.quote, m.label])]),
);

describe('tagwright merge OUT IN...', () => {
  it("merges three annotators' files into a new project: every annotation with its annotator, each text once", async () => {
    const dir = await tempDir();
    await createTeamFiles(dir);
    const run = await cli(
      ['merge', 'merged.tagwright', 'ana.tagwright', 'ben.tagwright', 'cy.tagwright', '--json'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.applied).toBe(true);
    expect(
      summary.files.map((f: { file: string; documents: unknown; annotators: unknown }) => [
        f.file.slice(dir.length + 1),
        f.documents,
        f.annotators,
      ]),
    ).toEqual([
      ['ana.tagwright', { added: 3, matched: 0 }, [{ annotator: 'ana', added: 4, alreadyThere: 0 }]],
      ['ben.tagwright', { added: 0, matched: 3 }, [{ annotator: 'ben', added: 4, alreadyThere: 0 }]],
      ['cy.tagwright', { added: 0, matched: 3 }, [{ annotator: 'cy', added: 3, alreadyThere: 0 }]],
    ]);
    const merged = join(dir, 'merged.tagwright');
    expect(await workByAnnotator(merged)).toEqual(expectedWork);
    const project = await readSavedProject(merged);
    expect(project.documents.map((d) => d.text)).toEqual(TEAM_TEXTS);
    expect(project.annotators.map((a) => a.id)).toEqual(['ana', 'ben', 'cy']);
    const validate = await cli(['validate', 'merged.tagwright'], dir);
    expect(validate.code).toBe(0);
  });

  it('merging the same files again (or one file twice) changes nothing, not a byte of the file', async () => {
    const dir = await tempDir();
    await createTeamFiles(dir);
    expect((await cli(['merge', 'merged', 'ana.tagwright', 'ben.tagwright', 'ana.tagwright'], dir)).code).toBe(0);
    const merged = join(dir, 'merged.tagwright');
    const bytes = await readFile(merged);
    const again = await cli(['merge', 'merged.tagwright', 'ben.tagwright', 'ana.tagwright', '--json'], dir);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).files.map((f: { annotations: unknown }) => f.annotations)).toEqual([
      { added: 0, alreadyThere: 4, leftOut: 0 },
      { added: 0, alreadyThere: 4, leftOut: 0 },
    ]);
    expect(await readFile(merged)).toEqual(bytes);
    expect(Object.keys(await workByAnnotator(merged))).toEqual(['ana', 'ben']);
  });

  it("merges into an existing project (the lead's), matching its documents whatever their titles", async () => {
    const dir = await tempDir();
    const { lead } = await createTeamFiles(dir);
    const run = await cli(['merge', 'lead.tagwright', 'cy.tagwright'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('documents 0 new, 3 matched');
    expect(run.stdout).toContain('cy: 3 added, 0 already there');
    expect(await workByAnnotator(lead)).toEqual({ cy: expectedWork.cy });
  });

  it('names every bad file (not a project, newer, damaged) and writes nothing', async () => {
    const dir = await tempDir();
    await createTeamFiles(dir);
    await writeFile(join(dir, 'notes.tagwright'), '{"hello": "world"}');
    const newer = JSON.parse(await readFile(join(dir, 'ana.tagwright'), 'utf8')) as { version: number };
    newer.version = 99;
    await writeFile(join(dir, 'newer.tagwright'), JSON.stringify(newer));
    const damaged = await readFile(join(dir, 'ben.tagwright'), 'utf8');
    await writeFile(join(dir, 'damaged.tagwright'), damaged.slice(0, damaged.length / 2));
    const leadBytes = await readFile(join(dir, 'lead.tagwright'));
    for (const out of ['lead.tagwright', 'new.tagwright']) {
      const run = await cli(
        ['merge', out, 'ana.tagwright', 'notes.tagwright', 'newer.tagwright', 'damaged.tagwright'],
        dir,
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${join(dir, 'notes.tagwright')}: this is not a Tagwright project`);
      expect(run.stderr).toContain(`${join(dir, 'newer.tagwright')}: it was written by a newer Tagwright`);
      expect(run.stderr).toContain(`${join(dir, 'damaged.tagwright')}: the file is not valid JSON`);
      expect(run.stderr).not.toContain('ana.tagwright');
    }
    expect(await readFile(join(dir, 'lead.tagwright'))).toEqual(leadBytes);
    expect(await pathExists(join(dir, 'new.tagwright'))).toBe(false);
  });

  it('refuses schema differences unless --schema says what to keep, and then keeps it', async () => {
    const dir = await tempDir();
    await createTeamFiles(dir);
    const file = join(dir, 'ben.tagwright');
    const ben = JSON.parse(await readFile(file, 'utf8')) as { schema: { labels: { id: string; colour: string }[] } };
    ben.schema.labels.find((l) => l.id === 'actor')!.colour = '#123456';
    await writeFile(file, JSON.stringify(ben));
    const refused = await cli(['merge', 'merged.tagwright', 'ana.tagwright', 'ben.tagwright'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('labels "Actor" (actor) differs (colour); needs a decision');
    expect(refused.stderr).toContain('run again with --schema ours, theirs or union');
    expect(await pathExists(join(dir, 'merged.tagwright'))).toBe(false);
    const taken = await cli(['merge', 'merged.tagwright', 'ana.tagwright', 'ben.tagwright', '--schema', 'theirs'], dir);
    expect(taken.code).toBe(0);
    const project = await readSavedProject(join(dir, 'merged.tagwright'));
    expect(project.schema.labels.find((l) => l.id === 'actor')!.colour).toBe('#123456');
    expect((await cli(['merge', 'm2', 'ana.tagwright', '--schema', 'mine'], dir)).code).toBe(2);
  });

  it('feeds agreement: the merged project measures the three annotators', async () => {
    const dir = await tempDir();
    await createTeamFiles(dir);
    await cli(['merge', 'merged.tagwright', 'ana.tagwright', 'ben.tagwright', 'cy.tagwright'], dir);
    const run = await cli(['agreement', 'merged.tagwright', '--json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).annotators).toEqual([
      { id: 'ana', name: 'ana', documents: 2, annotations: 4 },
      { id: 'ben', name: 'ben', documents: 2, annotations: 4 },
      { id: 'cy', name: 'cy', documents: 2, annotations: 3 },
    ]);
  });
});
