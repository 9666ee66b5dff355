import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import { openLaunchProject, openProjectFromArgv } from '../../../../main/shell/launch-project';
import { takeBackup } from '../../../../main/store/project-backups';
import { ProjectStore } from '../../../../main/store/project-store';
import { smallProject } from '../../../support/project-fixtures';
import { useTempDirs } from '../../../support/temp-dir';

// The desktop app's start-up open, under Node: what the page then finds in the session.
const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

async function setup() {
  const dir = await tempDir();
  const path = join(dir, 'shared.tagwright');
  await ProjectStore.create(path, smallProject());
  const service = (name: string) => ProjectService.create({ userDataDir: join(dir, name), seedsDir, debounceMs: 5 });
  // As Electron gives it: the executable, then (in development) the app folder, then the file.
  const argv = ['/opt/Tagwright/tagwright', '.', 'shared.tagwright'];
  return { dir, path, service, argv };
}

describe('the desktop start-up open (the project named on the command line)', () => {
  it('opens it', async () => {
    const { dir, path, service, argv } = await setup();
    const app = await service('app');
    expect(await openProjectFromArgv(app, argv, dir)).toBeNull();
    expect(app.session().project).toMatchObject({ path, annotationCount: 2 });
    await app.closeProject();
  });

  it('held by another Tagwright: the page finds it as openFailure, and its read-only choice opens it', async () => {
    const { dir, path, service, argv } = await setup();
    const alice = await service('alice');
    await alice.openProject(path);
    const app = await service('app');

    const failure = await openProjectFromArgv(app, argv, dir);
    expect(failure).toMatchObject({ code: 'conflict', details: { refusal: 'in-use', projectPath: path } });
    const handlers = createCallHandlers(app, noDialogs);
    expect(await dispatchCall(handlers, 'getSession', {})).toMatchObject({
      ok: true,
      value: { project: null, openFailure: failure },
    });
    expect(await dispatchCall(handlers, 'openLockedProject', { access: 'read-only' })).toMatchObject({
      ok: true,
      value: { path, readOnly: true },
    });
    await app.closeProject();
    await alice.closeProject();
  });

  it('damaged, with a backup: the page finds it as openFailure with the backup to restore', async () => {
    const { path, service } = await setup();
    await takeBackup(path, 'open');
    await writeFile(path, '{ "format": "tagwright-project", "documents": [ truncated');
    const app = await service('app');

    const failure = await openLaunchProject(app, path);
    expect(failure).toMatchObject({
      code: 'project-file',
      details: { recovery: { backupCounts: { annotations: 2 } } },
    });
    expect(app.session().openFailure).toEqual(failure);
  });

  it('missing, with nothing to offer: thrown (the shell says it in a box); none named: nothing happens', async () => {
    const { dir, service } = await setup();
    const app = await service('app');
    await expect(openProjectFromArgv(app, ['tagwright', 'gone.tagwright'], dir)).rejects.toThrow(/does not exist/);
    expect(await openProjectFromArgv(app, ['tagwright', '--inspect'], dir)).toBeNull();
    expect(app.session()).toMatchObject({ project: null, openFailure: null });
  });
});
