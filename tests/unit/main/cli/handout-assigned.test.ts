import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { readSavedProject } from '../../../support/project-file-text';
import { runCliInProcess as cli } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';
import { createTeamFiles } from '../../../support/team-files';
import { TEAM_TEXTS } from '../../../support/merge-fixtures';

const tempDir = useTempDirs();

/** Opens `path` in a service signing as `annotator`, runs `work`, saves and closes. */
async function asAnnotator(dir: string, path: string, annotator: string, work: (s: ProjectService) => void) {
  const service = await ProjectService.create({
    userDataDir: join(dir, `${annotator}-data`),
    seedsDir: dir,
    annotator,
  });
  await service.openProject(path);
  work(service);
  await service.closeProject();
}

describe('tagwright handout --documents assigned, and the assignments merged back', () => {
  it('hands out the documents assigned to the annotator with their assignments; merging back brings who finished, once', async () => {
    const dir = await tempDir();
    const { lead } = await createTeamFiles(dir, {});
    const ids = (await readSavedProject(lead)).documents.map((d) => d.id);
    await asAnnotator(dir, lead, 'lead', (s) =>
      s.assignDocuments({ documentIds: [ids[2]!, ids[0]!], annotator: 'ana', annotatorName: 'Ana' }),
    );

    const run = await cli(
      ['handout', 'lead.tagwright', '--annotator', 'ana', '--out', 'ana', '--documents', 'assigned'],
      dir,
    );
    expect([run.code, run.stderr]).toEqual([0, '']);
    const copyPath = join(dir, 'ana.tagwright');
    const copy = await readSavedProject(copyPath);
    expect(copy.documents.map((d) => d.text)).toEqual([TEAM_TEXTS[0], TEAM_TEXTS[2]]);
    expect(copy.assignments.map((a) => [a.documentId, a.annotator, a.doneAt])).toEqual([
      [ids[2], 'ana', undefined],
      [ids[0], 'ana', undefined],
    ]);
    expect(copy.annotators).toEqual([{ id: 'ana', name: 'Ana' }]);
    // The app's dialog asks for a name: it finds the same documents.
    const byName = await ProjectService.create({ userDataDir: join(dir, 'lead-data'), seedsDir: dir });
    await byName.openProject(lead, 'read-only');
    const written = await byName.handOut(join(dir, 'ana-by-name'), { annotator: 'Ana', documents: 'assigned' });
    await byName.closeProject();
    expect(written.documents).toBe(2);
    expect((await readSavedProject(written.path)).assignments.map((a) => a.annotator)).toEqual(['ana', 'ana']);

    await asAnnotator(dir, copyPath, 'ana', (s) => {
      s.createAnnotation({ documentId: ids[0]!, start: 4, end: 12, label: 'actor' });
      s.markAssignmentDone(ids[0]!, true);
    });
    const doneAt = (await readSavedProject(copyPath)).assignments.find((a) => a.documentId === ids[0])?.doneAt;
    expect(doneAt).toEqual(expect.any(String));

    const merging = await cli(['merge', 'lead.tagwright', 'ana.tagwright'], dir);
    expect(merging.code).toBe(0);
    // The summary counts what the file brought: one document finished since it was handed out.
    expect(merging.stdout).toContain('  assignments: 0 added, 1 marked finished, 1 already there\n');
    const merged = await readSavedProject(lead);
    expect(merged.assignments.map((a) => [a.documentId, a.annotator, a.doneAt])).toEqual([
      [ids[2], 'ana', undefined],
      [ids[0], 'ana', doneAt],
    ]);
    const bytes = await readFile(lead);
    const again = await cli(['merge', 'lead.tagwright', 'ana.tagwright', '--json'], dir);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).files[0].assignments).toEqual({ added: 0, finished: 0, alreadyThere: 2 });
    expect(await readFile(lead)).toEqual(bytes);
  });

  it("the annotator's own Tagwright, named on its first run, signs the copy as the lead's id for her: her documents are hers, her work in the lead's column", async () => {
    const dir = await tempDir();
    const { lead } = await createTeamFiles(dir, {});
    const ids = (await readSavedProject(lead)).documents.map((d) => d.id);
    await asAnnotator(dir, lead, 'lead', (s) =>
      s.assignDocuments({ documentIds: [ids[1]!], annotator: 'Ana Lima', annotatorName: 'Ana Lima' }),
    );
    expect((await cli(['handout', 'lead.tagwright', '--annotator', 'Ana Lima', '--out', 'ana'], dir)).code).toBe(0);
    const copyPath = join(dir, 'ana.tagwright');

    // Her laptop: no --annotator; she types her name on the first run and gets an id of her own.
    const laptop = await ProjectService.create({ userDataDir: join(dir, 'ana-laptop'), seedsDir: dir });
    const own = (await laptop.setAnnotatorName('ana lima')).annotator!.id;
    expect(own).toMatch(/^ana-lima-/);
    await laptop.openProject(copyPath);
    expect(laptop.identity()).toMatchObject({ annotator: { id: 'Ana Lima', name: 'ana lima' }, ownId: own });
    laptop.createAnnotation({ documentId: ids[1]!, start: 0, end: 3, label: 'actor' });
    laptop.markAssignmentDone(ids[1]!, true);
    await laptop.closeProject();
    // Another project, where nobody has her name: her own id again.
    expect(laptop.identity()).toEqual({
      annotator: { id: own, name: 'ana lima' },
      fixed: false,
      suggestedName: 'ana lima',
    });

    const copy = await readSavedProject(copyPath);
    expect(copy.annotations.map((a) => a.annotator)).toEqual(['Ana Lima']);
    expect(copy.annotators.map((a) => a.id)).toEqual(['Ana Lima']);
    expect(copy.assignments.map((a) => [a.annotator, a.doneAt !== undefined])).toEqual([['Ana Lima', true]]);
  });

  it('refuses an annotator with no document assigned, writing nothing', async () => {
    const dir = await tempDir();
    await createTeamFiles(dir, {});
    const run = await cli(
      ['handout', 'lead.tagwright', '--annotator', 'cy', '--out', 'cy', '--documents', 'assigned'],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No document is assigned to "cy" in this project.');
    await expect(readFile(join(dir, 'cy.tagwright'))).rejects.toThrow('ENOENT');
  });
});
