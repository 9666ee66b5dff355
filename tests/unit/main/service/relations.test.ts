import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { readSavedProject } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/** The sample project with a claim and the actor it is attributed to, in the first document. */
async function claimAndActor() {
  const dir = await tempDir();
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5 });
  await service.openSampleProject();
  const document = service.getDocument(service.listDocuments()[0]!.id).document;
  const at = (word: string) => document.text.indexOf(word);
  const actor = service.createAnnotation({
    documentId: document.id,
    start: at('Azerbaijan'),
    end: at('Azerbaijan') + 10,
    label: 'actor',
  }).annotations.added[0]!;
  const claimStart = at('Armenia');
  const claim = service.createAnnotation({
    documentId: document.id,
    start: claimStart,
    end: claimStart + 20,
    label: 'claim',
  }).annotations.added[0]!;
  return { dir, service, document, actor, claim };
}

describe('ProjectService: relations', () => {
  it('attributes a claim to an actor, saved, listed with the document, undone and redone', async () => {
    const { service, document, actor, claim } = await claimAndActor();
    const change = service.createRelation({ type: 'attributed-to', from: claim.id, to: actor.id });
    expect(change).toMatchObject({ documentId: document.id, annotations: { added: [], changed: [], removed: [] } });
    const relation = change.relations.added[0]!;
    expect(relation).toMatchObject({ type: 'attributed-to', from: claim.id, to: actor.id });
    expect(service.getDocument(document.id).relations).toEqual([relation]);
    await service.flush();
    expect((await readSavedProject(service.projectPath!)).relations).toEqual([relation]);

    expect(service.undo()?.relations.removed).toEqual([relation.id]);
    await service.flush();
    expect((await readSavedProject(service.projectPath!)).relations).toEqual([]);
    expect(service.redo()?.relations.added).toEqual([relation]);
    await service.flush();
    expect((await readSavedProject(service.projectPath!)).relations).toEqual([relation]);
  });

  it('refuses a relation the schema does not allow, naming why, and changes nothing', async () => {
    const { service, actor, claim } = await claimAndActor();
    expect(() => service.createRelation({ type: 'attributed-to', from: actor.id, to: claim.id })).toThrow(
      /"attributed to" cannot start at a actor \(it takes claim\)/,
    );
    expect(() => service.createRelation({ type: 'cites', from: claim.id, to: actor.id })).toThrow(
      /relation type "cites" is not in this project's schema/,
    );
    expect(() => service.createRelation({ type: 'attributed-to', from: claim.id, to: 'nope' })).toThrow(
      /no annotation "nope"/,
    );
    service.createRelation({ type: 'attributed-to', from: claim.id, to: actor.id });
    expect(() => service.createRelation({ type: 'attributed-to', from: claim.id, to: actor.id })).toThrow(
      /already linked as "attributed to"/,
    );
    await service.flush();
    expect((await readSavedProject(service.projectPath!)).relations).toHaveLength(1);
  });

  it('deleting an annotation takes its relations along, the file still opens, and undo brings both back', async () => {
    const { dir, service, document, actor, claim } = await claimAndActor();
    const relation = service.createRelation({ type: 'attributed-to', from: claim.id, to: actor.id }).relations
      .added[0]!;
    const deletion = service.deleteAnnotation(actor.id);
    expect(deletion).toMatchObject({ annotations: { removed: [actor.id] }, relations: { removed: [relation.id] } });
    const path = service.projectPath!;
    await service.closeProject();

    // The saved file is consistent: it opens, without the relation.
    const reopened = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5 });
    await reopened.openProject(path);
    expect(reopened.getDocument(document.id).relations).toEqual([]);
    await reopened.closeProject();

    await service.openProject(path);
    const again = service.createRelation({
      type: 'attributed-to',
      from: claim.id,
      to: service.createAnnotation({
        documentId: document.id,
        start: actor.start,
        end: actor.end,
        label: 'actor',
      }).annotations.added[0]!.id,
    }).relations.added[0]!;
    const actorId = again.to;
    service.deleteAnnotation(actorId);
    const undone = service.undo()!;
    expect(undone.annotations.added.map((a) => a.id)).toEqual([actorId]);
    expect(undone.relations.added).toEqual([again]);
    expect(service.getDocument(document.id).relations).toEqual([again]);
  });

  it('deletes a relation alone, leaving both annotations', async () => {
    const { service, document, actor, claim } = await claimAndActor();
    const relation = service.createRelation({ type: 'attributed-to', from: claim.id, to: actor.id }).relations
      .added[0]!;
    expect(service.deleteRelation(relation.id)).toMatchObject({
      annotations: { removed: [] },
      relations: { removed: [relation.id] },
    });
    expect(
      service
        .getDocument(document.id)
        .annotations.map((a) => a.id)
        .sort(),
    ).toEqual([actor.id, claim.id].sort());
    expect(() => service.deleteRelation(relation.id)).toThrow(/no relation/);
  });
});
