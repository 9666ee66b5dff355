import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TagwrightError } from '../../../../shared/ipc/result';
import type { Project } from '../../../../shared/model';
import { mentionsOfHajizada } from '../../../support/entity-mentions';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

const linksIn = (project: Project) =>
  Object.fromEntries(project.annotations.filter((a) => a.entity).map((a) => [a.quote, a.entity]));

describe('ProjectService: canonical entities', () => {
  it('links mentions in two documents to one new entity, counts them per document and lists them in context, saved', async () => {
    const { service, first, second, aykhan, spokesperson, hajizada, saved } = await mentionsOfHajizada(await tempDir());
    const change = service.createEntity({ name: 'Aykhan Hajizada', label: 'actor', mentions: [aykhan.id] });
    const entity = change.entities.added[0]!;
    expect(change).toMatchObject({ documentId: first.id, entities: { added: [entity] } });
    expect(change.annotations.changed).toEqual([expect.objectContaining({ id: aykhan.id, entity: entity.id })]);
    const link = service.linkMention(hajizada.id, entity.id);
    expect(link.annotations.changed[0]).toMatchObject({ id: hajizada.id, entity: entity.id });
    service.linkMention(spokesperson.id, entity.id);

    expect(service.listEntities()).toEqual([
      {
        entity,
        mentionCount: 3,
        documents: [
          { documentId: first.id, title: first.title, count: 2 },
          { documentId: second.id, title: second.title, count: 1 },
        ],
      },
    ]);
    const listed = service.getEntityMentions(entity.id);
    expect(listed.map((m) => m.quote)).toEqual(['spokesperson', 'Aykhan Hajizada', 'Hajizada']);
    expect(listed[0]).toMatchObject({
      left: expect.stringMatching(/Ministry $/),
      right: expect.stringMatching(/^ Aykhan Hajizada said in an/),
    });

    const project = await saved();
    expect(project.entities).toEqual([{ id: entity.id, name: 'Aykhan Hajizada', label: 'actor', aliases: [] }]);
    expect(linksIn(project)).toEqual({ 'Aykhan Hajizada': entity.id, spokesperson: entity.id, Hajizada: entity.id });
  });

  it('merges entities (mentions move, names become aliases) and undoes the merge whole', async () => {
    const { service, aykhan, hajizada, saved } = await mentionsOfHajizada(await tempDir());
    const a = service.createEntity({ name: 'Aykhan Hajizada', label: 'actor', mentions: [aykhan.id] }).entities
      .added[0]!;
    const b = service.createEntity({
      name: 'Hajizada',
      label: 'actor',
      aliases: ['A. Hajizada'],
      mentions: [hajizada.id],
    }).entities.added[0]!;
    const before = await saved();

    const merge = service.mergeEntities({ into: a.id, from: [b.id] });
    // Only b's mention moved: the change is about its document.
    expect(merge.documentId).toBe(hajizada.documentId);
    expect(merge.entities).toEqual({
      added: [],
      changed: [{ ...a, aliases: ['Hajizada', 'A. Hajizada'] }],
      removed: [b.id],
    });
    const merged = await saved();
    expect(merged.entities.map((e) => e.id)).toEqual([a.id]);
    expect(linksIn(merged)).toEqual({ 'Aykhan Hajizada': a.id, Hajizada: a.id });

    service.undo();
    const undone = await saved();
    expect(undone.entities).toEqual(before.entities);
    expect(undone.annotations).toEqual(before.annotations);
  });

  it('splits mentions off into a new entity, and deleting an entity unlinks its mentions', async () => {
    const { service, aykhan, spokesperson, hajizada, saved } = await mentionsOfHajizada(await tempDir());
    const all = [aykhan.id, spokesperson.id, hajizada.id];
    const actor = service.createEntity({ name: 'Aykhan Hajizada', label: 'actor', mentions: all }).entities.added[0]!;
    const split = service.splitEntity({
      entityId: actor.id,
      annotationIds: [spokesperson.id],
      name: 'The spokesperson',
    });
    const office = split.entities.added[0]!;
    expect(office).toMatchObject({ name: 'The spokesperson', label: 'actor' });
    expect(linksIn(await saved())).toEqual({
      'Aykhan Hajizada': actor.id,
      Hajizada: actor.id,
      spokesperson: office.id,
    });

    service.deleteEntity(actor.id);
    const project = await saved();
    expect(project.entities.map((e) => e.name)).toEqual(['The spokesperson']);
    expect(linksIn(project)).toEqual({ spokesperson: office.id });
    expect(project.annotations.some((a) => a.quote === 'Aykhan Hajizada')).toBe(true);
  });

  it('keeps an entity whose mentions were all deleted, shown with no mentions', async () => {
    const { service, aykhan } = await mentionsOfHajizada(await tempDir());
    const entity = service.createEntity({ name: 'Aykhan Hajizada', label: 'actor', mentions: [aykhan.id] }).entities
      .added[0]!;
    service.deleteAnnotation(aykhan.id);
    expect(service.listEntities()).toEqual([{ entity, mentionCount: 0, documents: [] }]);
    service.undo();
    expect(service.listEntities()[0]!.mentionCount).toBe(1);
  });

  it('renames an entity and keeps its aliases apart from its name', async () => {
    const { service, saved } = await mentionsOfHajizada(await tempDir());
    const entity = service.createEntity({ name: 'Hajizada', label: 'actor' }).entities.added[0]!;
    const renamed = service.updateEntity({
      entityId: entity.id,
      name: ' Aykhan Hajizada ',
      aliases: ['Hajizada', 'Aykhan Hajizada'],
    });
    expect(renamed.entities.changed).toEqual([{ ...entity, name: 'Aykhan Hajizada', aliases: ['Hajizada'] }]);
    expect((await saved()).entities).toEqual(renamed.entities.changed);
  });

  it('refuses a mention of another label, an unknown entity, and a merge across labels, changing nothing', async () => {
    const { service, aykhan, saved } = await mentionsOfHajizada(await tempDir());
    const documentId = aykhan.documentId;
    const claim = service.createAnnotation({ documentId, start: 0, end: 5, label: 'claim' }).annotations.added[0]!;
    const actor = service.createEntity({ name: 'Hajizada', label: 'actor' }).entities.added[0]!;
    const claims = service.createEntity({ name: 'A claim', label: 'claim' }).entities.added[0]!;
    const before = await saved();
    expect(() => service.linkMention(claim.id, actor.id)).toThrow(/is a claim: it cannot name "Hajizada", a actor/);
    expect(() => service.linkMention(aykhan.id, 'nope')).toThrow(/no entity "nope"/);
    expect(() => service.mergeEntities({ into: actor.id, from: [claims.id] })).toThrow(
      /only entities of one label merge/,
    );
    expect(() => service.splitEntity({ entityId: actor.id, annotationIds: [aykhan.id], name: 'X' })).toThrow(
      /not a mention of "Hajizada"/,
    );
    expect(await saved()).toEqual(before);
  });

  it('keeps every link pointing at an existing entity through random link, merge, split and delete, and undo restores the file exactly', async () => {
    const { service, aykhan, spokesperson, hajizada, armenia, saved } = await mentionsOfHajizada(await tempDir());
    const annotationIds = [aykhan.id, spokesperson.id, hajizada.id, armenia.id];
    const pick = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(list.length, 1)];
    const some = fc.uniqueArray(fc.nat(3), { minLength: 1, maxLength: 4 });
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('create' as const), of: some }),
      fc.record({ kind: fc.constant('link' as const), mention: fc.nat(3), entity: fc.option(fc.nat(5)) }),
      fc.record({ kind: fc.constant('merge' as const), into: fc.nat(5), from: fc.nat(5) }),
      fc.record({ kind: fc.constant('split' as const), entity: fc.nat(5), of: some }),
      fc.record({ kind: fc.constant('delete' as const), entity: fc.nat(5) }),
      fc.record({ kind: fc.constant('rename' as const), entity: fc.nat(5), name: fc.string({ minLength: 1 }) }),
    );
    const start = await saved();
    // The whole file but its last-changed time, and the annotations in id order (a removal fills its
    // hole with the last row: their order in the file carries no meaning).
    const sameAsStart = ({ updatedAt: _changed, ...project }: Project) => ({
      ...project,
      annotations: [...project.annotations].sort((a, b) => a.id.localeCompare(b.id)),
    });

    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (ops) => {
        let done = 0;
        for (const op of ops) {
          const entities = service.listEntities().map((o) => o.entity.id);
          const entity = (i: number) => pick(entities, i) ?? 'none';
          try {
            if (op.kind === 'create') {
              service.createEntity({ name: 'E', label: 'actor', mentions: op.of.map((i) => annotationIds[i]!) });
            } else if (op.kind === 'link') {
              service.linkMention(annotationIds[op.mention]!, op.entity === null ? null : entity(op.entity));
            } else if (op.kind === 'merge') service.mergeEntities({ into: entity(op.into), from: [entity(op.from)] });
            else if (op.kind === 'split') {
              const name = 'Split';
              service.splitEntity({
                entityId: entity(op.entity),
                annotationIds: op.of.map((i) => annotationIds[i]!),
                name,
              });
            } else if (op.kind === 'delete') service.deleteEntity(entity(op.entity));
            else service.updateEntity({ entityId: entity(op.entity), name: op.name });
            done++;
          } catch (error) {
            // A refused operation is a clear error and changes nothing (nothing to undo for it).
            expect(error).toBeInstanceOf(TagwrightError);
          }
          const project = await saved();
          const ids = new Set(project.entities.map((e) => e.id));
          for (const a of project.annotations) if (a.entity) expect(ids.has(a.entity)).toBe(true);
        }
        for (let i = 0; i < done; i++) expect(service.undo()).not.toBeNull();
        expect(sameAsStart(await saved())).toEqual(sameAsStart(start));
      }),
      { numRuns: 25 },
    );
  });
});
