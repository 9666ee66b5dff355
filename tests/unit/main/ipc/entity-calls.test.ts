import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import type { ProjectChange } from '../../../../shared/ipc/views';
import { mentionsOfHajizada } from '../../../support/entity-mentions';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

describe('entity calls through the handler table', () => {
  it('creates, links, lists and unlinks through dispatchCall, announcing each change once with its window', async () => {
    const { service, aykhan, hajizada } = await mentionsOfHajizada(await tempDir());
    const handlers = createCallHandlers(service, noDialogs);
    const announced: unknown[] = [];
    service.events.on('projectChanged', (payload) => announced.push(payload));

    const created = await dispatchCall(
      handlers,
      'createEntity',
      { name: 'Aykhan Hajizada', label: 'actor', mentions: [aykhan.id] },
      'w1',
    );
    if (!created.ok) throw new Error(created.error.message);
    const entity = (created.value as ProjectChange).entities.added[0]!;
    const linked = await dispatchCall(
      handlers,
      'linkMention',
      { annotationId: hajizada.id, entityId: entity.id },
      'w1',
    );
    expect(linked).toMatchObject({
      ok: true,
      value: { annotations: { changed: [{ id: hajizada.id, entity: entity.id }] } },
    });
    expect(await dispatchCall(handlers, 'listEntities', {})).toMatchObject({
      ok: true,
      value: [{ entity, mentionCount: 2 }],
    });
    const unlinked = await dispatchCall(handlers, 'linkMention', { annotationId: hajizada.id, entityId: null }, 'w1');
    expect(unlinked.ok && (unlinked.value as ProjectChange).annotations.changed[0]?.entity).toBeUndefined();
    expect(announced).toHaveLength(3);
    expect(announced[0]).toEqual({ origin: 'w1', change: created.value });
  });

  it('refuses unknown fields and empty names before the service sees them', async () => {
    const { service } = await mentionsOfHajizada(await tempDir());
    const handlers = createCallHandlers(service, noDialogs);
    for (const [name, input] of [
      ['createEntity', { name: '', label: 'actor' }],
      ['mergeEntities', { into: 'a', from: [] }],
      ['deleteEntity', { entityId: 'a', extra: 1 }],
    ] as const) {
      expect(await dispatchCall(handlers, name, input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(service.listEntities()).toEqual([]);
  });
});
