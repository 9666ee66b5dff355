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

describe('tagwright handout PROJECT --annotator NAME --out FILE', () => {
  it("writes a new project with the lead's schema and documents, and none of the lead's annotations", async () => {
    const dir = await tempDir();
    const { lead } = await createTeamFiles(dir, {});
    const service = await ProjectService.create({
      userDataDir: join(dir, 'lead-data'),
      seedsDir: dir,
      annotator: 'lead',
    });
    await service.openProject(lead);
    const documentId = service.listDocuments()[0]!.id;
    service.createAnnotation({ documentId, start: 0, end: 3, label: 'actor' });
    await service.closeProject();
    const run = await cli(['handout', 'lead.tagwright', '--annotator', 'ana', '--out', 'ana.tagwright', '--json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      path: join(dir, 'ana.tagwright'),
      annotator: 'ana',
      documents: 3,
      annotations: 0,
    });
    const [source, copy] = [await readSavedProject(lead), await readSavedProject(join(dir, 'ana.tagwright'))];
    expect(copy.id).not.toBe(source.id);
    expect(copy.name).toBe('lead — ana');
    expect(copy.schema).toEqual(source.schema);
    expect(copy.documents.map((d) => [d.id, d.text, d.sha256, d.status])).toEqual(
      source.documents.map((d) => [d.id, d.text, d.sha256, 'new']),
    );
    expect(copy.annotations).toEqual([]);
    expect(copy.annotators).toEqual([]);
  });

  it('takes the documents named, and refuses an unknown one or a file already there, writing nothing', async () => {
    const dir = await tempDir();
    const { lead } = await createTeamFiles(dir, {});
    const ids = (await readSavedProject(lead)).documents.map((d) => d.id);
    const some = await cli(
      ['handout', 'lead.tagwright', '--annotator', 'ben', '--out', 'ben', '--documents', `${ids[2]},${ids[0]}`],
      dir,
    );
    expect(some.code).toBe(0);
    expect((await readSavedProject(join(dir, 'ben.tagwright'))).documents.map((d) => d.text)).toEqual([
      TEAM_TEXTS[0],
      TEAM_TEXTS[2],
    ]);
    const unknown = await cli(
      ['handout', 'lead.tagwright', '--annotator', 'cy', '--out', 'cy.tagwright', '--documents', 'nope'],
      dir,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no document "nope" in this project.');
    const bytes = await readFile(join(dir, 'ben.tagwright'));
    const over = await cli(['handout', 'lead.tagwright', '--annotator', 'cy', '--out', 'ben.tagwright'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('already exists');
    expect(await readFile(join(dir, 'ben.tagwright'))).toEqual(bytes);
    expect((await cli(['handout', 'lead.tagwright', '--out', 'x.tagwright'], dir)).code).toBe(2);
  });

  it('with --gold carries the gold layer only', async () => {
    const dir = await tempDir();
    const { lead } = await createTeamFiles(dir, {});
    for (const annotator of ['gold', 'ana']) {
      const service = await ProjectService.create({ userDataDir: join(dir, annotator), seedsDir: dir, annotator });
      await service.openProject(lead);
      service.createAnnotation({ documentId: service.listDocuments()[0]!.id, start: 4, end: 12, label: 'actor' });
      await service.closeProject();
    }
    expect(
      (await cli(['handout', 'lead.tagwright', '--annotator', 'cy', '--out', 'cy.tagwright', '--gold'], dir)).code,
    ).toBe(0);
    const copy = await readSavedProject(join(dir, 'cy.tagwright'));
    expect(copy.annotations.map((a) => [a.annotator, a.quote])).toEqual([['gold', 'ministry']]);
  });

  it("an annotator's copy, labelled and merged back, lands on the lead's own documents", async () => {
    const dir = await tempDir();
    const { lead } = await createTeamFiles(dir);
    const ids = (await readSavedProject(lead)).documents.map((d) => d.id);
    expect((await cli(['merge', 'lead.tagwright', 'ana.tagwright', 'cy.tagwright'], dir)).code).toBe(0);
    const merged = await readSavedProject(lead);
    expect(merged.documents.map((d) => d.id)).toEqual(ids);
    expect(new Set(merged.annotations.map((a) => a.annotator))).toEqual(new Set(['ana', 'cy']));
  });
});
