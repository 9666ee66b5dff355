import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { readSavedProject } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';
import { runCliInProcess as cli } from '../../../support/run-cli-in-process';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');
const at = '2026-03-04T05:06:07.000Z';

async function serviceIn(dir: string, annotator?: string) {
  return ProjectService.create({
    userDataDir: join(dir, 'data'),
    seedsDir,
    now: () => new Date(at),
    ...(annotator !== undefined ? { annotator } : {}),
  });
}

/** Makes one of everything the service records an annotator on, in a new project with one document. */
async function annotateEverything(service: ProjectService, dir: string): Promise<string> {
  const path = join(dir, 'p.tagwright');
  await service.createProject(path, 'p');
  await writeFile(join(dir, 'a.txt'), 'Armenia provided some maps.');
  await service.importPaths([join(dir, 'a.txt')]);
  const documentId = service.listDocuments()[0]!.id;
  const created = (start: number, end: number, label: string) =>
    service.createAnnotation({ documentId, start, end, label }).annotations.added[0]!.id;
  const actor = created(0, 7, 'actor');
  const trigger = created(8, 16, 'event');
  const claim = created(0, 26, 'claim');
  service.createRelation({ type: 'attributed-to', from: claim, to: actor });
  service.createEvent({
    type: 'event',
    trigger,
    arguments: [{ role: 'agent', target: actor, targetKind: 'annotation' }],
  });
  service.createEquivalence({ type: 'Equiv', members: [actor, claim] });
  await service.closeProject();
  return path;
}

/** The project file as saved once the service has written its pending changes. */
async function readSavedProjectAfter(service: ProjectService, path: string) {
  await service.flush();
  return readSavedProject(path);
}

describe('annotator identity', () => {
  it('is asked for until given; then every annotation, relation, event and group records its stable id, with times', async () => {
    const dir = await tempDir();
    const service = await serviceIn(dir);
    expect(service.identity()).toMatchObject({ annotator: null, fixed: false });
    expect(service.identity().suggestedName).not.toBe('');
    const { annotator } = await service.setAnnotatorName('  Ana Lima ');
    expect(annotator).toEqual({ id: expect.stringMatching(/^ana-lima-[a-z0-9]{6}$/), name: 'Ana Lima' });
    const project = await readSavedProject(await annotateEverything(service, dir));
    const id = annotator!.id;
    expect(project.annotators).toEqual([{ id, name: 'Ana Lima' }]);
    expect(project.annotations.map((a) => [a.annotator, a.createdAt, a.updatedAt])).toEqual(
      Array(3).fill([id, at, at]),
    );
    expect(project.relations.map((r) => r.annotator)).toEqual([id]);
    expect(project.events.map((e) => [e.annotator, e.createdAt])).toEqual([[id, at]]);
    expect(project.equivalences.map((g) => g.annotator)).toEqual([id]);
  });

  it('keeps the id when the name changes, across restarts (the preferences file)', async () => {
    const dir = await tempDir();
    const first = await serviceIn(dir);
    const { annotator } = await first.setAnnotatorName('Ana');
    await first.flush();
    const later = await serviceIn(dir);
    expect(later.identity().annotator).toEqual(annotator);
    expect((await later.setAnnotatorName('Ana Lima')).annotator).toEqual({ id: annotator!.id, name: 'Ana Lima' });
  });

  it('a name given on start (--annotator) signs the edits and cannot be changed from the page', async () => {
    const dir = await tempDir();
    const service = await serviceIn(dir, 'ben');
    expect(service.identity()).toEqual({ annotator: { id: 'ben', name: 'ben' }, fixed: true, suggestedName: 'ben' });
    const handlers = createCallHandlers(service, {} as never);
    const renamed = await dispatchCall(handlers, 'setAnnotatorName', { name: 'Ana' }, null);
    expect(renamed).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const blank = await dispatchCall(handlers, 'setAnnotatorName', { name: '   ' }, null);
    expect(blank).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const project = await readSavedProject(await annotateEverything(service, dir));
    expect(project.annotators).toEqual([{ id: 'ben', name: 'ben' }]);
  });

  it("records who changed another annotator's annotation or event last, and drops the mark when the owner edits again", async () => {
    const dir = await tempDir();
    const path = await annotateEverything(await serviceIn(dir, 'ana'), dir);
    const lead = await serviceIn(dir, 'lead');
    await lead.openProject(path);
    const documentId = lead.listDocuments()[0]!.id;
    const actor = lead.getDocument(documentId).annotations.find((a) => a.label === 'actor');
    lead.updateAnnotation({ annotationId: actor!.id, note: 'checked' });
    const event = (await readSavedProjectAfter(lead, path)).events[0]!;
    lead.updateEvent({ eventId: event.id, note: 'agent checked' });
    let project = await readSavedProjectAfter(lead, path);
    expect(project.annotations.map((a) => [a.annotator, a.updatedBy])).toEqual([
      ['ana', 'lead'],
      ['ana', undefined],
      ['ana', undefined],
    ]);
    expect(project.events.map((e) => [e.annotator, e.updatedBy])).toEqual([['ana', 'lead']]);
    lead.undo();
    project = await readSavedProjectAfter(lead, path);
    expect(project.events.map((e) => e.updatedBy)).toEqual([undefined]);
    await lead.closeProject();
    const ana = await serviceIn(dir, 'ana');
    await ana.openProject(path);
    ana.updateAnnotation({ annotationId: actor!.id, note: 'mine again' });
    project = await readSavedProjectAfter(ana, path);
    expect(project.annotations[0]).toMatchObject({ note: 'mine again', annotator: 'ana' });
    expect(project.annotations[0]!.updatedBy).toBeUndefined();
  });

  it('tagwright --annotator NAME is refused empty, and accepted by every command', async () => {
    const dir = await tempDir();
    expect((await cli(['new', 'x.tagwright', '--annotator', ' '], dir)).code).toBe(2);
    expect((await cli(['new', 'x.tagwright', '--annotator', 'cy'], dir)).code).toBe(0);
  });
});
