import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServerDialogs } from '../../../../main/server/server-dialogs';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

async function setup() {
  const dir = await tempDir();
  const projectsDir = join(dir, 'projects');
  const secret = join(dir, 'secret');
  await mkdir(projectsDir);
  await mkdir(secret);
  await writeFile(join(secret, 'private.tagwright'), '{}');
  const named = join(dir, 'named.tagwright');
  await writeFile(named, '{}');
  return { dir, projectsDir, secret, named, dialogs: new ServerDialogs({ projectsDir, projectFiles: [named] }) };
}

describe('ServerDialogs (browser mode)', () => {
  it('creates new projects in the projects folder under a fresh, safe name', async () => {
    const { dialogs, projectsDir } = await setup();
    expect(await dialogs.chooseNewProjectPath('My corpus')).toBe(join(projectsDir, 'My corpus.tagwright'));
    await writeFile(join(projectsDir, 'My corpus.tagwright'), '{}');
    expect(await dialogs.chooseNewProjectPath('My corpus')).toBe(join(projectsDir, 'My corpus 2.tagwright'));
    expect(await dialogs.chooseNewProjectPath('../../etc/x')).toBe(join(projectsDir, '-..-etc-x.tagwright'));
    expect(await dialogs.chooseSaveAsPath('/anywhere/Big.tagwright')).toBe(join(projectsDir, 'Big copy.tagwright'));
  });

  it('answers "cancelled" to the dialogs a page cannot show', async () => {
    const { dialogs } = await setup();
    expect(await dialogs.chooseProjectToOpen()).toBeNull();
    expect(await dialogs.chooseFilesToImport()).toBeNull();
  });

  it('allows paths inside the projects folder and the named files only, links resolved', async () => {
    const { dialogs, projectsDir, secret, named } = await setup();
    await symlink(secret, join(projectsDir, 'link'));
    expect(await dialogs.isAllowedPath(join(projectsDir, 'a.tagwright'))).toBe(true);
    expect(await dialogs.isAllowedPath(named)).toBe(true);
    expect(await dialogs.isAllowedPath(join(secret, 'private.tagwright'))).toBe(false);
    expect(await dialogs.isAllowedPath(join(projectsDir, '..', 'secret', 'private.tagwright'))).toBe(false);
    expect(await dialogs.isAllowedPath(join(projectsDir, 'link', 'private.tagwright'))).toBe(false);
    expect(await dialogs.isAllowedPath(`${projectsDir}-other/x.tagwright`)).toBe(false);
  });

  it('allows the export folder named on the command line', async () => {
    const { dir, projectsDir, secret } = await setup();
    const exportDir = join(dir, 'exports');
    const dialogs = new ServerDialogs({ projectsDir, projectFiles: [], exportDir });
    expect(dialogs.exportDir).toBe(exportDir);
    expect(await dialogs.isAllowedPath(join(exportDir, 'corpus.jsonl'))).toBe(true);
    expect(await dialogs.isAllowedPath(join(secret, 'corpus.jsonl'))).toBe(false);
    expect(new ServerDialogs({ projectsDir, projectFiles: [] }).exportDir).toBeNull();
  });

  it('lists the project files it may open, and nothing reached through a link', async () => {
    const { dialogs, projectsDir, secret } = await setup();
    await writeFile(join(projectsDir, 'one.tagwright'), '{}');
    await writeFile(join(projectsDir, 'notes.txt'), 'x');
    await symlink(join(secret, 'private.tagwright'), join(projectsDir, 'sneaky.tagwright'));
    const names = (await dialogs.listProjectFiles()).map((f) => f.name).sort();
    expect(names).toEqual(['named', 'one']);
  });
});
