import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import type { EventName } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/** The sample project behind the handler table, and every event main sends, in order. */
async function setup() {
  const dir = await tempDir();
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5 });
  await service.openSampleProject();
  const handlers = createCallHandlers(service, noDialogs);
  const events: { event: EventName; payload: unknown }[] = [];
  service.events.onAny((event, payload) => events.push({ event, payload }));
  const documentId = service.listDocuments()[0]!.id;
  return { service, handlers, events, documentId };
}

const valueOf = (result: Result<unknown>) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('one operation, one projectChanged', () => {
  it('createAnnotation, undo, redo and a status change each emit exactly one projectChanged: the call’s own change, with the calling window', async () => {
    const { handlers, events, documentId } = await setup();
    const calls: [string, unknown][] = [
      ['createAnnotation', { documentId, start: 0, end: 7, label: 'actor' }],
      ['undo', {}],
      ['redo', {}],
      ['setDocumentStatus', { documentId, status: 'done' }],
    ];
    for (const [name, input] of calls) {
      events.length = 0;
      const change = valueOf(await dispatchCall(handlers, name, input, 'window-7'));
      const announced = events.filter((e) => e.event !== 'saveStateChanged');
      // Not sessionChanged, not a document list, not the change twice: one event, the same change.
      expect(announced, name).toEqual([{ event: 'projectChanged', payload: { origin: 'window-7', change } }]);
    }
  });

  it('the change carries the started document’s summary, the totals and the undo flags', async () => {
    const { handlers, documentId } = await setup();
    const change = valueOf(
      await dispatchCall(handlers, 'createAnnotation', { documentId, start: 0, end: 7, label: 'actor' }, 'window-7'),
    );
    expect(change).toMatchObject({
      documentId,
      documents: { changed: [{ id: documentId, status: 'in-progress', labelCounts: { actor: 1 } }] },
      counts: { documents: 5, annotations: 1 },
      history: { canUndo: true, canRedo: false },
    });
  });

  it('a window learns the id its calls are announced with', async () => {
    const { handlers } = await setup();
    expect(await dispatchCall(handlers, 'getWindowId', {}, 'window-7')).toEqual({ ok: true, value: 'window-7' });
    expect(await dispatchCall(handlers, 'getWindowId', {})).toEqual({ ok: true, value: null });
  });

  it('an import announces its documents once, in the change the call returns', async () => {
    const { handlers, events } = await setup();
    events.length = 0;
    const base64 = Buffer.from('A new statement about maps.').toString('base64');
    const outcome = valueOf(
      await dispatchCall(handlers, 'importDocumentFiles', { files: [{ name: 'new.txt', base64 }] }, 'window-7'),
    ) as { change: unknown };
    expect(outcome.change).toMatchObject({ documents: { added: [{ title: 'A new statement about maps.' }] } });
    expect(events.filter((e) => e.event !== 'saveStateChanged')).toEqual([
      { event: 'projectChanged', payload: { origin: 'window-7', change: outcome.change } },
    ]);
  });
});
