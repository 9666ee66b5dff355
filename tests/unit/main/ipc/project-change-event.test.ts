import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import type { EventName } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import type { ProjectChange } from '../../../../shared/ipc/views';
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

  it('each event and equivalence call emits one projectChanged carrying what it did; a malformed one is refused before anything changes', async () => {
    const { handlers, events, documentId } = await setup();
    const mark = async (start: number, end: number, label: string) =>
      (valueOf(await dispatchCall(handlers, 'createAnnotation', { documentId, start, end, label })) as ProjectChange)
        .annotations.added[0]!.id;
    const actor = await mark(0, 7, 'actor');
    const trigger = await mark(8, 18, 'event');
    const other = await mark(20, 30, 'actor');
    const argument = { role: 'agent', target: actor, targetKind: 'annotation' };
    const refused = await dispatchCall(handlers, 'createEvent', {
      type: 'event',
      trigger,
      arguments: [{ ...argument, targetKind: 'relation' }],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    events.length = 0;
    const created = valueOf(
      await dispatchCall(handlers, 'createEvent', { type: 'event', trigger, arguments: [argument] }, 'window-7'),
    ) as ProjectChange;
    const event = created.events.added[0]!;
    expect(event).toMatchObject({ documentId, type: 'event', trigger, arguments: [argument] });
    const calls: [string, unknown][] = [
      ['updateEvent', { eventId: event.id, note: 'checked' }],
      ['createEquivalence', { type: 'Equiv', members: [actor, other] }],
      ['deleteEvent', { eventId: event.id }],
      ['undo', {}],
    ];
    const changes = [created];
    for (const [name, input] of calls)
      changes.push(valueOf(await dispatchCall(handlers, name, input, 'window-7')) as ProjectChange);
    expect(events.filter((e) => e.event !== 'saveStateChanged')).toEqual(
      changes.map((change) => ({ event: 'projectChanged', payload: { origin: 'window-7', change } })),
    );
    const group = changes[2]!.equivalences.added[0]!;
    expect(
      changes.map((c) => [c.events.added.length, c.events.changed.length, c.events.removed, c.equivalences.added]),
    ).toEqual([
      [1, 0, [], []],
      [0, 1, [], []],
      [0, 0, [], [group]],
      [0, 0, [event.id], []],
      [1, 0, [], []],
    ]);
    expect(await dispatchCall(handlers, 'deleteEquivalence', { equivalenceId: group.id, extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
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
