import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs, type DialogPort } from '../../../../main/ipc/dialog-port';
import { ProjectService } from '../../../../main/service/project-service';
import { SAMPLE_PROJECT_NAME } from '../../../../main/service/sample-project';
import { lockPathOf } from '../../../../main/store/project-lock';
import { menuActions } from '../../../../main/shell/menu-actions';
import type { CallError } from '../../../../shared/ipc/result';
import type { MenuCommand, SessionState } from '../../../../shared/ipc/views';
import { readSavedProject } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';

// The native menu's items, run against a real service in a temp folder through the page's handler table.
const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

async function menuOn(dialogs: DialogPort = noDialogs) {
  const dir = await tempDir();
  const service = await ProjectService.create({ userDataDir: join(dir, 'user-data'), seedsDir, debounceMs: 5 });
  const reported: CallError[] = [];
  const sent: MenuCommand[] = [];
  const sessions: SessionState[] = [];
  service.events.on('sessionChanged', (session) => sessions.push(session));
  const actions = menuActions(
    createCallHandlers(service, dialogs),
    (command) => sent.push(command),
    (error) => reported.push(error),
  );
  return { dir, service, actions, reported, sent, sessions };
}

describe('the native menu', () => {
  it('"Open Recent" then "Close Project" change the session as the page\'s calls do', async () => {
    const { dir, service, actions, reported, sessions } = await menuOn();
    const path = join(dir, 'field notes.tagwright');
    await service.createProject(path, 'Field notes');
    await service.closeProject();
    sessions.length = 0;

    await actions.openRecent(path);
    expect(service.session().project).toMatchObject({ path, name: 'Field notes', readOnly: false });
    expect(sessions.at(-1)?.project?.path).toBe(path);
    expect(existsSync(lockPathOf(path))).toBe(true);

    await actions.closeProject();
    expect(service.session().project).toBeNull();
    expect(sessions.at(-1)?.project).toBeNull();
    expect(existsSync(lockPathOf(path))).toBe(false);
    expect(reported).toEqual([]);
  });

  it('"Open Recent" is refused, as the page\'s call is, for a path no longer in the recent list', async () => {
    const { dir, service, actions, reported } = await menuOn();
    const path = join(dir, 'elsewhere.tagwright');
    await service.createProject(path, 'Elsewhere');
    await service.closeProject();
    // A menu item left from an older recent list, say: the handler checks the list as it is now.
    const forgotten = join(dir, 'not-recent.tagwright');

    await actions.openRecent(forgotten);
    expect(reported).toEqual([expect.objectContaining({ code: 'forbidden' })]);
    expect(reported[0]!.message).toContain('not-recent.tagwright is not in the list of recent projects');
    expect(service.session().project).toBeNull();
  });

  it('"New Project…" creates where the dialog says and "Open Sample Project" opens the sample; a cancelled dialog does nothing', async () => {
    const dir = await tempDir();
    const chosen = join(dir, 'made from the menu.tagwright');
    const { service, actions, reported } = await menuOn({ ...noDialogs, chooseNewProjectPath: async () => chosen });

    await actions.newProject();
    expect(service.session().project).toMatchObject({ path: chosen, name: 'Untitled project' });
    expect((await readSavedProject(chosen)).name).toBe('Untitled project');

    await actions.openSample();
    expect(service.session().project).toMatchObject({ name: SAMPLE_PROJECT_NAME, documentCount: 5 });

    // noDialogs answers "cancelled" to Open…: the sample stays open and nothing is reported.
    await actions.openProject();
    expect(service.session().project?.name).toBe(SAMPLE_PROJECT_NAME);
    expect(reported).toEqual([]);
    await service.closeProject();
  });

  it('"Save As…" with no project open is reported, not thrown; page-side items are sent to the page', async () => {
    const { actions, reported, sent } = await menuOn();
    await actions.saveAs();
    expect(reported).toEqual([expect.objectContaining({ code: 'no-project', message: 'No project is open.' })]);
    actions.send('import-documents');
    expect(sent).toEqual(['import-documents']);
  });
});
