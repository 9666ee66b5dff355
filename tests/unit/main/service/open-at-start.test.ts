import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import { takeBackup } from '../../../../main/store/project-backups';
import { ProjectStore } from '../../../../main/store/project-store';
import type { DamagedProjectRecovery } from '../../../../shared/ipc/views';
import { smallProject } from '../../../support/project-fixtures';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

const noDialogs = {
  chooseNewProjectPath: async () => null,
  chooseProjectToOpen: async () => null,
  chooseSaveAsPath: async () => null,
  chooseFilesToImport: async () => null,
};

async function setup() {
  const dir = await tempDir();
  const path = join(dir, 'shared.tagwright');
  await ProjectStore.create(path, smallProject());
  const service = (name: string) => ProjectService.create({ userDataDir: join(dir, name), seedsDir, debounceMs: 5 });
  return { dir, path, service };
}

describe('the project Tagwright is started with (tagwright serve P)', () => {
  it('held by a running Tagwright: kept as the session’s openFailure, and the page’s read-only choice opens it', async () => {
    const { path, service } = await setup();
    const alice = await service('alice');
    await alice.openProject(path);
    const served = await service('served');
    const handlers = createCallHandlers(served, noDialogs);

    expect(await served.openProjectAtStart(path)).toBeNull();
    const session = await dispatchCall(handlers, 'getSession', {});
    expect(session).toMatchObject({
      ok: true,
      value: {
        project: null,
        openFailure: { code: 'conflict', details: { refusal: 'in-use', canTakeOver: false, projectPath: path } },
      },
    });

    const opened = await dispatchCall(handlers, 'openLockedProject', { access: 'read-only' });
    expect(opened).toMatchObject({ ok: true, value: { path, readOnly: true } });
    expect(served.session().openFailure).toBeNull();
    await served.closeProject();
    await alice.closeProject();
  });

  it('damaged, with a backup: kept as openFailure with the backup offered, and restoring it opens the project', async () => {
    const { path, service } = await setup();
    await takeBackup(path, 'open');
    await writeFile(path, '{ "format": "tagwright-project", "documents": [ truncated');
    const served = await service('served');
    const handlers = createCallHandlers(served, noDialogs);

    expect(await served.openProjectAtStart(path)).toBeNull();
    const failure = served.session().openFailure;
    expect(failure).toMatchObject({ code: 'project-file' });
    const recovery = (failure!.details as { recovery: DamagedProjectRecovery }).recovery;
    expect(recovery.backupCounts).toEqual({ documents: 1, annotations: 2 });

    const restored = await dispatchCall(handlers, 'restoreBackup', { backupId: recovery.backup!.id, damaged: true });
    expect(restored).toMatchObject({ ok: true, value: { path, annotationCount: 2 } });
    expect(served.session().openFailure).toBeNull();
    await served.closeProject();
  });

  it('missing, with no backup to offer: an error, as before', async () => {
    const { dir, service } = await setup();
    const served = await service('served');
    await expect(served.openProjectAtStart(join(dir, 'gone.tagwright'))).rejects.toThrow(/does not exist/);
    expect(served.session().openFailure).toBeNull();
  });
});
