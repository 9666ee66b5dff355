import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import type { AnnotationSchema } from '../../../../shared/model';
import { readSavedProject } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/** The sample project with two claims in the first document and a relation from one to an actor. */
async function sampleWithClaims() {
  const dir = await tempDir();
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5 });
  await service.openSampleProject();
  const documentId = service.listDocuments()[0]!.id;
  const make = (start: number, label: string) =>
    service.createAnnotation({ documentId, start, end: start + 5, label }).annotations.added[0]!;
  const claims = [make(0, 'claim'), make(10, 'claim')];
  const actor = make(20, 'actor');
  service.createRelation({ type: 'attributed-to', from: claims[0]!.id, to: actor.id });
  const saved = async () => {
    await service.flush();
    return readSavedProject(service.projectPath!);
  };
  return { service, documentId, claims, actor, saved };
}

const schemaOf = (service: ProjectService): AnnotationSchema => structuredClone(service.session().project!.schema);
const claimsIn = (project: { annotations: { label: string }[] }, label: string) =>
  project.annotations.filter((a) => a.label === label).length;

describe('ProjectService: schema edits', () => {
  it('renames, recolours and reorders labels and adds an attribute: saved, annotations keep their label id, undone and redone', async () => {
    const { service, claims, saved } = await sampleWithClaims();
    const before = schemaOf(service);
    const next = schemaOf(service);
    const claim = next.labels.find((l) => l.id === 'claim')!;
    claim.name = 'Statement';
    claim.colour = '#123456';
    claim.description = 'One sentence that says something is so.';
    claim.attributes.push({ name: 'confidence', type: 'choice', choices: ['high', 'low'], default: 'high' });
    next.labels.reverse();

    const change = service.updateSchema(next);
    expect(change.schema).toEqual(next);
    expect(change.history.canUndo).toBe(true);
    const file = await saved();
    expect(file.schema).toEqual(next);
    expect(file.annotations.filter((a) => claims.some((c) => c.id === a.id)).map((a) => a.label)).toEqual([
      'claim',
      'claim',
    ]);

    expect(service.undo()?.schema).toEqual(before);
    expect((await saved()).schema).toEqual(before);
    expect(service.redo()?.schema).toEqual(next);
    expect((await saved()).schema.labels[0]!.name).toBe(next.labels[0]!.name);
  });

  it('refuses a hotkey two labels share, naming both, and changes nothing', async () => {
    const { service, saved } = await sampleWithClaims();
    const before = schemaOf(service);
    const next = schemaOf(service);
    next.labels.find((l) => l.id === 'actor')!.hotkeys = ['3', 'C'];
    expect(() => service.updateSchema(next)).toThrow('The key "C" is taken by both Claim and Actor.');
    expect((await saved()).schema).toEqual(before);
  });

  it('refuses taking away a label or relation type in use, and a type naming a missing label', async () => {
    const { service } = await sampleWithClaims();
    const next = schemaOf(service);
    next.labels = next.labels.filter((l) => l.id !== 'claim');
    next.relationTypes = [];
    next.eventTypes[0]!.triggerLabels = ['gone'];
    const refusal = dispatchCall(createCallHandlers(service, noDialogs), 'updateSchema', { schema: next }, null);
    await expect(refusal).resolves.toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        details: {
          problems: expect.arrayContaining([
            { path: 'labels', message: expect.stringContaining('"Claim" is used by 2 annotations') },
            { path: 'relationTypes', message: '"attributed to" is used by 1 relation: it cannot be taken away.' },
            { path: 'eventTypes[0].triggerLabels', message: 'There is no label "gone" in the schema.' },
          ]),
        },
      },
    });
  });

  it('refuses deleting a label in use without a label to move to, saying how many it touches', async () => {
    const { service, saved } = await sampleWithClaims();
    expect(() => service.deleteLabel({ labelId: 'claim' })).toThrow(
      '"Claim" is used by 2 annotations in 1 document: choose a label to move them to.',
    );
    expect((await saved()).schema.labels.map((l) => l.id)).toContain('claim');
  });

  it('deletes a label moving its annotations and the types that allowed it; undo brings back both', async () => {
    const { service, claims, saved } = await sampleWithClaims();
    const before = await saved();
    const change = service.deleteLabel({ labelId: 'claim', moveTo: 'event' });
    expect(change.documentId).toBeNull();
    expect(change.annotations.changed.map((a) => a.id).sort()).toEqual(claims.map((c) => c.id).sort());
    expect(change.schema!.labels.map((l) => l.id)).not.toContain('claim');

    const after = await saved();
    expect(claimsIn(after, 'claim')).toBe(0);
    expect(claimsIn(after, 'event')).toBe(claimsIn(before, 'event') + 2);
    expect(after.schema.relationTypes[0]!.sourceLabels).toEqual(['event']);
    expect(after.relations).toEqual(before.relations);

    const undone = service.undo()!;
    expect(undone.schema).toEqual(before.schema);
    const restored = await saved();
    expect(restored.schema).toEqual(before.schema);
    expect(restored.annotations).toEqual(before.annotations);
    expect(service.listDocuments()[0]!.labelCounts.claim).toBe(2);
  });

  it('deletes an unused label outright, and refuses an unknown label or moving a label to itself', async () => {
    const { service, saved } = await sampleWithClaims();
    service.deleteLabel({ labelId: 'figure' });
    expect((await saved()).schema.labels.map((l) => l.id)).not.toContain('figure');
    expect(() => service.deleteLabel({ labelId: 'figure' })).toThrow('There is no label "figure"');
    expect(() => service.deleteLabel({ labelId: 'claim', moveTo: 'claim' })).toThrow('cannot move to itself');
  });

  it("fills a label's declared defaults into a new annotation, keeping what is given", async () => {
    const { service, documentId, saved } = await sampleWithClaims();
    const next = schemaOf(service);
    const figure = next.labels.find((l) => l.id === 'figure')!;
    figure.attributes.find((a) => a.name === 'unit')!.default = 'people';
    figure.attributes.push({
      name: 'sectors',
      type: 'choice',
      choices: ['health', 'schools'],
      multiple: true,
      default: ['health'],
    });
    service.updateSchema(next);
    const make = (start: number, attributes?: Record<string, string | null>) =>
      service.createAnnotation({
        documentId,
        start,
        end: start + 3,
        label: 'figure',
        ...(attributes ? { attributes } : {}),
      }).annotations.added[0]!.id;
    const plain = make(60);
    const given = make(70, { unit: 'mines', sectors: null });
    const file = await saved();
    const attributesOf = (id: string) => file.annotations.find((a) => a.id === id)!.attributes;
    expect(attributesOf(plain)).toEqual({ unit: 'people', sectors: ['health'] });
    expect(attributesOf(given)).toEqual({ unit: 'mines', sectors: null });
  });
});
