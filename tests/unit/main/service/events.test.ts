import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import type { EventArgument } from '../../../../shared/model';
import { canonicalBratLines } from '../../../support/brat-canonical-lines';
import { readSavedProject } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/**
 * The sample project (default schema: event type "event" on Event triggers, roles agent and
 * affected → actor, figure → figure, cause → event), with "provided" marked as an Event and
 * "Armenia", "Azerbaijani" and "maps" around it.
 */
async function provided() {
  const dir = await tempDir();
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5 });
  await service.openSampleProject();
  const documentId = service.listDocuments()[0]!.id;
  const text = service.getDocument(documentId).document.text;
  const mark = (word: string, label: string, from = 0) => {
    const start = text.indexOf(word, from);
    return service.createAnnotation({ documentId, start, end: start + word.length, label }).annotations.added[0]!;
  };
  const trigger = mark('provided', 'event');
  const armenia = mark('Armenia', 'actor', text.indexOf('provided') - 10);
  const azerbaijan = mark('Azerbaijani', 'actor');
  const figure = mark('25%', 'figure');
  const other = service.listDocuments()[1]!.id;
  const elsewhere = service.createAnnotation({ documentId: other, start: 0, end: 7, label: 'actor' }).annotations
    .added[0]!;
  const saved = async () => {
    await service.flush();
    return readSavedProject(service.projectPath!);
  };
  return { dir, service, documentId, trigger, armenia, azerbaijan, figure, elsewhere, saved };
}

const on = (target: string, role = 'agent'): EventArgument => ({ role, target, targetKind: 'annotation' });

describe('ProjectService: events', () => {
  it('keeps events that share a trigger apart, each with its own arguments and attributes, saved and listed', async () => {
    const { service, documentId, trigger, armenia, azerbaijan, saved } = await provided();
    const first = service.createEvent({ type: 'event', trigger: trigger.id, arguments: [on(armenia.id)] });
    expect(first).toMatchObject({ documentId, annotations: { added: [] }, relations: { added: [] } });
    const one = first.events.added[0]!;
    const two = service.createEvent({
      type: 'event',
      trigger: trigger.id,
      arguments: [on(armenia.id), on(azerbaijan.id), on(armenia.id, 'affected')],
      attributes: { Negation: true },
      note: 'the second reading',
    }).events.added[0]!;
    expect(one).toMatchObject({ documentId, trigger: trigger.id, attributes: {}, note: '' });
    expect(two.arguments.map((a) => `${a.role}:${a.target}`)).toEqual([
      `agent:${armenia.id}`,
      `agent:${azerbaijan.id}`,
      `affected:${armenia.id}`,
    ]);
    expect(service.getDocument(documentId).events).toEqual(expect.arrayContaining([one, two]));
    const project = await saved();
    expect(project.events).toEqual([one, two]);
    // The trigger annotation itself is untouched: the negation is the second event's alone.
    expect(project.annotations.find((a) => a.id === trigger.id)?.attributes).toEqual({});
  });

  it('takes another event as an argument, and refuses one that would become an argument of itself', async () => {
    const { service, trigger, armenia, saved } = await provided();
    const cause = service.createEvent({ type: 'event', trigger: trigger.id, arguments: [on(armenia.id)] }).events
      .added[0]!;
    const effect = service.createEvent({
      type: 'event',
      trigger: trigger.id,
      arguments: [{ role: 'cause', target: cause.id, targetKind: 'event' }],
    }).events.added[0]!;
    const loop = { role: 'cause', target: effect.id, targetKind: 'event' as const };
    expect(() => service.updateEvent({ eventId: cause.id, arguments: [loop] })).toThrow(
      /cannot be an argument of .*: it has that event among its own arguments/,
    );
    expect(() => service.updateEvent({ eventId: cause.id, arguments: [{ ...loop, target: cause.id }] })).toThrow(
      /cannot be an argument of/,
    );
    const project = await saved();
    expect(project.events.find((e) => e.id === cause.id)?.arguments).toEqual([on(armenia.id)]);
  });

  it('refuses what the schema does not allow, naming why, and changes nothing', async () => {
    const { service, trigger, armenia, figure, elsewhere, saved } = await provided();
    const refusals: [Parameters<ProjectService['createEvent']>[0], RegExp][] = [
      [{ type: 'Binding', trigger: trigger.id }, /event type "Binding" is not in this project's schema/],
      [{ type: 'event', trigger: armenia.id }, /"Event" event cannot have a actor as its trigger \(it takes event\)/],
      [{ type: 'event', trigger: 'nope' }, /no annotation "nope"/],
      [{ type: 'event', trigger: trigger.id, arguments: [on(armenia.id, 'Theme')] }, /has no role "Theme"/],
      [
        { type: 'event', trigger: trigger.id, arguments: [on(figure.id)] },
        /"agent" cannot take a figure \(it takes actor\)/,
      ],
      [
        { type: 'event', trigger: trigger.id, arguments: [on(armenia.id), on(armenia.id)] },
        /agent → .* is given twice/,
      ],
      [{ type: 'event', trigger: trigger.id, arguments: [on(elsewhere.id)] }, /in the event’s own document/],
      [
        { type: 'event', trigger: trigger.id, arguments: [{ role: 'cause', target: 'e1', targetKind: 'event' }] },
        /no event "e1"/,
      ],
    ];
    for (const [input, message] of refusals) expect(() => service.createEvent(input)).toThrow(message);
    const cause = service.createEvent({ type: 'event', trigger: trigger.id }).events.added[0]!;
    const twice = [cause, cause].map((e) => ({ role: 'cause', target: e.id, targetKind: 'event' as const }));
    expect(() => service.createEvent({ type: 'event', trigger: trigger.id, arguments: twice })).toThrow(
      /"Event" event has one "cause" at most/,
    );
    expect((await saved()).events).toEqual([cause]);
  });

  it('deleting a trigger removes its events, trims the events it or they were arguments of, and its groups, in one undo step', async () => {
    const { service, documentId, trigger, armenia, azerbaijan, saved } = await provided();
    const second = service.createAnnotation({
      documentId,
      start: armenia.start,
      end: armenia.end,
      label: 'event',
    }).annotations.added[0]!;
    const onTrigger = service.createEvent({ type: 'event', trigger: trigger.id, arguments: [on(armenia.id)] }).events
      .added[0]!;
    const user = service.createEvent({
      type: 'event',
      trigger: second.id,
      arguments: [on(azerbaijan.id), { role: 'cause', target: onTrigger.id, targetKind: 'event' }],
    }).events.added[0]!;
    const pair = service.createEquivalence({ type: 'Equiv', members: [trigger.id, armenia.id] }).equivalences.added[0]!;
    const trio = service.createEquivalence({ type: 'Equiv', members: [armenia.id, trigger.id, azerbaijan.id] })
      .equivalences.added[0]!;
    const before = await saved();

    const deletion = service.deleteAnnotation(trigger.id);
    expect(deletion.annotations.removed).toEqual([trigger.id]);
    expect(deletion.events.removed).toEqual([onTrigger.id]);
    expect(deletion.events.changed).toEqual([
      { ...user, arguments: [on(azerbaijan.id)], updatedAt: expect.any(String) },
    ]);
    expect(deletion.equivalences.removed).toEqual([pair.id]);
    expect(deletion.equivalences.changed).toEqual([{ ...trio, members: [armenia.id, azerbaijan.id] }]);
    const after = await saved();
    expect(after.events.map((e) => e.id)).toEqual([user.id]);
    expect(after.equivalences.map((g) => g.members)).toEqual([[armenia.id, azerbaijan.id]]);

    const undone = service.undo()!;
    expect(undone.annotations.added.map((a) => a.id)).toEqual([trigger.id]);
    expect(undone.events.added).toEqual([onTrigger]);
    expect(undone.events.changed).toEqual([user]);
    const restored = await saved();
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(restored.events)).toEqual(byId(before.events));
    expect(byId(restored.equivalences)).toEqual(byId(before.equivalences));
    expect(byId(restored.annotations)).toEqual(byId(before.annotations));

    service.redo();
    expect((await saved()).events.map((e) => e.id)).toEqual([user.id]);
  });

  it('deleting an event takes it out of the events it was an argument of; updating keeps the rest', async () => {
    const { service, trigger, armenia, azerbaijan, saved } = await provided();
    const cause = service.createEvent({ type: 'event', trigger: trigger.id }).events.added[0]!;
    const effect = service.createEvent({
      type: 'event',
      trigger: trigger.id,
      arguments: [{ role: 'cause', target: cause.id, targetKind: 'event' }, on(armenia.id)],
      attributes: { Speculation: true },
    }).events.added[0]!;
    const deletion = service.deleteEvent(cause.id);
    expect(deletion.events.removed).toEqual([cause.id]);
    expect(deletion.events.changed.map((e) => e.arguments)).toEqual([[on(armenia.id)]]);
    const updated = service.updateEvent({ eventId: effect.id, arguments: [on(azerbaijan.id)], note: 'checked' });
    expect(updated.events.changed).toEqual([
      { ...effect, arguments: [on(azerbaijan.id)], note: 'checked', updatedAt: expect.any(String) },
    ]);
    expect((await saved()).events).toEqual(updated.events.changed);
    service.undo();
    service.undo();
    const project = await saved();
    expect(project.events.map((e) => e.id).sort()).toEqual([cause.id, effect.id].sort());
    expect(project.events.find((e) => e.id === effect.id)).toEqual(effect);
  });
});

describe('ProjectService: equivalence groups', () => {
  it('groups annotations, refuses a repeated or ill-formed group, and deletes it (undoable)', async () => {
    const { service, documentId, armenia, azerbaijan, elsewhere, saved } = await provided();
    const change = service.createEquivalence({ type: 'Equiv', members: [armenia.id, azerbaijan.id] });
    const group = change.equivalences.added[0]!;
    expect(group).toMatchObject({ documentId, type: 'Equiv', members: [armenia.id, azerbaijan.id] });
    expect(service.getDocument(documentId).equivalences).toEqual([group]);
    expect(() => service.createEquivalence({ type: 'Equiv', members: [azerbaijan.id, armenia.id] })).toThrow(
      /already grouped/,
    );
    expect(() => service.createEquivalence({ type: 'Equiv', members: [armenia.id, armenia.id] })).toThrow(
      /at least two different annotations/,
    );
    expect(() => service.createEquivalence({ type: 'Equiv', members: [armenia.id, elsewhere.id] })).toThrow(
      /in one document/,
    );
    expect(() => service.createEquivalence({ type: 'Coref', members: [armenia.id, azerbaijan.id] })).toThrow(
      /equivalence type "Coref" is not in this project's schema/,
    );
    expect((await saved()).equivalences).toEqual([group]);
    expect(service.deleteEquivalence(group.id).equivalences.removed).toEqual([group.id]);
    expect((await saved()).equivalences).toEqual([]);
    expect(service.undo()?.equivalences.added).toEqual([group]);
    expect((await saved()).equivalences).toEqual([group]);
  });

  it('a project with events and groups opens again with everything in place', async () => {
    const { dir, service, documentId, trigger, armenia, azerbaijan } = await provided();
    const event = service.createEvent({ type: 'event', trigger: trigger.id, arguments: [on(armenia.id)] }).events
      .added[0]!;
    const group = service.createEquivalence({ type: 'Equiv', members: [armenia.id, azerbaijan.id] }).equivalences
      .added[0]!;
    const path = service.projectPath!;
    await service.closeProject();
    const reopened = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5 });
    await reopened.openProject(path);
    expect(reopened.getDocument(documentId)).toMatchObject({ events: [event], equivalences: [group] });
    // The indexes are rebuilt from the file: deleting the trigger still finds its event.
    expect(reopened.deleteAnnotation(trigger.id).events.removed).toEqual([event.id]);
    await reopened.closeProject();
  });
});

describe('ProjectService: a brat folder with events, imported and exported', () => {
  const geFolder = resolve(import.meta.dirname, '../../../fixtures/formats/tool-made/brat-ge');

  it('saves the events and groups it imports, exports the same lines, and deleting a shared trigger removes its six events in one undoable step', async () => {
    const dir = await tempDir();
    const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5 });
    await service.createProject(join(dir, 'ge.tagwright'), 'GE');
    const report = await service.importCorpus([geFolder], { addLabels: true });
    expect(report).toMatchObject({ applied: true, problems: [], warnings: [] });
    expect(report.totals).toMatchObject({ events: 14, equivalences: 2 });
    await service.flush();
    const saved = await readSavedProject(service.projectPath!);
    expect(saved.events).toHaveLength(14);
    expect(saved.equivalences.map((g) => g.members.length).sort()).toEqual([2, 3]);
    expect(saved.schema.eventTypes.map((t) => t.id)).toEqual(
      expect.arrayContaining(['Binding', 'Negative_regulation']),
    );
    expect(saved.events.filter((e) => e.modifiers?.includes('Negation'))).toHaveLength(4);

    const out = join(dir, 'out');
    await service.exportCorpus({ format: 'brat', documents: 'all' }, out);
    // Named after the brat file the document came from.
    const exported = await readFile(join(out, 'ge-events.ann'), 'utf8');
    expect(canonicalBratLines(exported)).toEqual(
      canonicalBratLines(await readFile(join(geFolder, 'ge-events.ann'), 'utf8')),
    );

    const inhibited = saved.annotations.find((a) => a.quote === 'inhibited')!;
    const deletion = service.deleteAnnotation(inhibited.id);
    expect(deletion.events.removed).toHaveLength(6);
    await service.flush();
    expect((await readSavedProject(service.projectPath!)).events).toHaveLength(8);
    service.undo();
    await service.flush();
    expect((await readSavedProject(service.projectPath!)).events).toHaveLength(14);
    await service.closeProject();
  });
});
