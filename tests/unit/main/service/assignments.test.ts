import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import { readSavedProject } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/** The sample project opened by a service signing as `annotator`, its clock set by the test; `saved` reads the file back. */
async function assigningService(annotator = 'ana') {
  const dir = await tempDir();
  const clock = { now: new Date('2026-03-02T09:00:00.000Z') };
  const service = await ProjectService.create({
    userDataDir: join(dir, 'data'),
    seedsDir,
    debounceMs: 60_000,
    annotator,
    now: () => clock.now,
  });
  await service.openSampleProject();
  const [first, second] = service.listDocuments();
  const saved = async () => {
    await service.flush();
    return readSavedProject(service.projectPath!);
  };
  return { service, clock, first: first!.id, second: second!.id, saved };
}

describe('ProjectService: assigning documents', () => {
  it('assigns documents to an annotator given with a name (added), saved, and undoes it whole', async () => {
    const { service, first, second, saved } = await assigningService();
    const change = service.assignDocuments({ documentIds: [first, second], annotator: 'ben', annotatorName: 'Ben' });
    const assigned = [
      { documentId: first, annotator: 'ben', assignedAt: '2026-03-02T09:00:00.000Z' },
      { documentId: second, annotator: 'ben', assignedAt: '2026-03-02T09:00:00.000Z' },
    ];
    expect(change.team?.assignments).toEqual(assigned);
    const project = await saved();
    expect(project.assignments).toEqual(assigned);
    expect(project.annotators).toContainEqual({ id: 'ben', name: 'Ben' });
    expect(service.listAssignments()).toEqual(assigned);

    expect(service.undo()?.team?.assignments).toEqual([]);
    const undone = await saved();
    expect(undone.assignments).toEqual([]);
    expect(undone.annotators.some((a) => a.id === 'ben')).toBe(false);
    service.redo();
    expect((await saved()).assignments).toEqual(assigned);
  });

  it('refuses an unknown annotator without a name, an unknown document, and taking back what is not assigned', async () => {
    const { service, first, saved } = await assigningService();
    expect(() => service.assignDocuments({ documentIds: [first], annotator: 'zed' })).toThrow(
      'There is no annotator "zed" in this project; give their name to add them.',
    );
    expect(() => service.assignDocuments({ documentIds: ['nope'], annotator: 'zed', annotatorName: 'Zed' })).toThrow(
      'There is no document "nope"',
    );
    expect(() => service.unassignDocuments({ documentIds: [first], annotator: 'zed' })).toThrow(
      `"${first}" is not assigned to "zed".`,
    );
    expect(() => service.markAssignmentDone(first, true)).toThrow(`Document "${first}" is not assigned to "ana"`);
    expect((await saved()).assignments).toEqual([]);
  });

  it("marks this user's assignment done and open again, each an undoable step; unassigning takes it back", async () => {
    const { service, clock, first, second, saved } = await assigningService('ana');
    service.assignDocuments({ documentIds: [first, second], annotator: 'ana', annotatorName: 'Ana' });
    clock.now = new Date('2026-03-03T17:30:00.000Z');
    service.markAssignmentDone(first, true);
    expect((await saved()).assignments.find((a) => a.documentId === first)).toEqual({
      documentId: first,
      annotator: 'ana',
      assignedAt: '2026-03-02T09:00:00.000Z',
      doneAt: '2026-03-03T17:30:00.000Z',
    });
    // Marked done in place (the file's order stays), and marking it again is refused: no empty undo step.
    expect((await saved()).assignments.map((a) => a.documentId)).toEqual([first, second]);
    expect(() => service.markAssignmentDone(first, true)).toThrow(`Document "${first}" is marked done already.`);
    service.markAssignmentDone(first, false);
    expect((await saved()).assignments.find((a) => a.documentId === first)?.doneAt).toBeUndefined();
    service.undo();
    expect((await saved()).assignments.find((a) => a.documentId === first)?.doneAt).toBe('2026-03-03T17:30:00.000Z');

    service.unassignDocuments({ documentIds: [second], annotator: 'ana' });
    expect((await saved()).assignments.map((a) => a.documentId)).toEqual([first]);
  });

  it('answers progress: the assigned document done, with its counts and time spent', async () => {
    const { service, clock, first, second } = await assigningService('ana');
    service.assignDocuments({ documentIds: [first], annotator: 'ana', annotatorName: 'Ana' });
    const text = service.getDocument(first).document.text;
    for (const [minute, word] of [
      [0, 'Ministry'],
      [3, 'Armenia'],
    ] as const) {
      clock.now = new Date(Date.UTC(2026, 2, 2, 10, minute));
      const start = text.indexOf(word);
      service.createAnnotation({ documentId: first, start, end: start + word.length, label: 'actor' });
    }
    service.markAssignmentDone(first, true);
    const report = service.progress();
    const row = report.documents.findIndex((d) => d.id === first);
    const column = report.annotators.findIndex((a) => a.id === 'ana');
    expect(report.cells[row]![column]).toMatchObject({
      status: 'done',
      annotations: 2,
      firstEdit: '2026-03-02T10:00:00.000Z',
      lastEdit: '2026-03-02T10:03:00.000Z',
      timeSpentMs: 3 * 60_000,
    });
    expect(report.cells[report.documents.findIndex((d) => d.id === second)]![column]!.status).toBe('none');
  });

  it('goes through the handler table: parsed, answered, announced', async () => {
    const { service, first } = await assigningService('ana');
    const handlers = createCallHandlers(service, noDialogs);
    const refused = await dispatchCall(handlers, 'assignDocuments', { documentIds: [], annotator: 'ana' }, 'w1');
    expect(refused.ok).toBe(false);
    const given = await dispatchCall(
      handlers,
      'assignDocuments',
      { documentIds: [first], annotator: 'ana', annotatorName: 'Ana' },
      'w1',
    );
    expect(given).toMatchObject({
      ok: true,
      value: { team: { assignments: [{ documentId: first, annotator: 'ana' }] } },
    });
    expect(await dispatchCall(handlers, 'markAssignmentDone', { documentId: first, done: true }, 'w1')).toMatchObject({
      ok: true,
      value: { team: { assignments: [{ documentId: first, doneAt: '2026-03-02T09:00:00.000Z' }] } },
    });
    expect(await dispatchCall(handlers, 'listAssignments', {})).toMatchObject({
      ok: true,
      value: [{ annotator: 'ana' }],
    });
    expect(await dispatchCall(handlers, 'getProgress', {})).toMatchObject({
      ok: true,
      value: { totals: [{ done: 1 }] },
    });
  });
});
