import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, Entity, Equivalence, Project, Relation, TagwrightEvent } from '../../../../shared/model';
import { layerDocs, ownedLayers, ownsDoc, type SyncOwner } from '../../../../shared/sync/layer-docs';
import { syncedThingOf, type SyncedThing } from '../../../../shared/sync/layer-things';
import { smallProject } from '../../../support/project-fixtures';

const at = '2026-01-01T00:00:00.000Z';
const annotators = ['ana', 'ben', 'gold', ''] as const;
const attributes = fc.dictionary(
  fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('__proto__', 'constructor')),
  fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
  { noNullPrototype: true, maxKeys: 3 },
);

/** Projects with every kind of layer thing, by several annotators, on several texts. */
const projects = fc
  .record({
    texts: fc.array(fc.string({ minLength: 10, maxLength: 40 }), { minLength: 1, maxLength: 3 }),
    annotations: fc.array(
      fc.record({
        doc: fc.nat(),
        start: fc.nat(5),
        length: fc.integer({ min: 1, max: 5 }),
        annotator: fc.constantFrom(...annotators),
        note: fc.string({ maxLength: 10 }),
        attributes,
        entity: fc.option(fc.nat(2), { nil: undefined }),
        fragments: fc.boolean(),
      }),
      { minLength: 2, maxLength: 12 },
    ),
    links: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), annotator: fc.constantFrom(...annotators) }), {
      maxLength: 6,
    }),
  })
  .map(({ texts, annotations, links }) => projectOf(texts, annotations, links));

function projectOf(
  texts: string[],
  specs: {
    doc: number;
    start: number;
    length: number;
    annotator: string;
    note: string;
    attributes: Record<string, unknown>;
    entity?: number;
    fragments: boolean;
  }[],
  links: { from: number; to: number; annotator: string }[],
): Project {
  const base = smallProject();
  const documents = texts.map((text, i) => ({
    ...base.documents[0]!,
    id: `d${i}`,
    text,
    sha256: i.toString(16).padStart(64, '0'),
  }));
  const entities: Entity[] = [0, 1, 2].map((i) => ({
    id: `e${i}`,
    name: `Entity ${i}`,
    label: 'actor',
    aliases: [`E${i}`],
  }));
  const annotations = specs.map((s, i): Annotation => {
    const document = documents[s.doc % documents.length]!;
    const end = s.start + s.length;
    return {
      id: `a${i}`,
      documentId: document.id,
      start: s.start,
      end,
      quote: document.text.slice(s.start, end),
      ...(s.fragments && s.length > 2
        ? {
            fragments: [
              { start: s.start, end: s.start + 1 },
              { start: end - 1, end },
            ],
          }
        : {}),
      label: 'claim',
      attributes: s.attributes as Annotation['attributes'],
      note: s.note,
      ...(s.entity === undefined ? {} : { entity: `e${s.entity}` }),
      annotator: s.annotator,
      createdAt: at,
      updatedAt: at,
    };
  });
  const pick = (n: number) => annotations[n % annotations.length]!;
  const relations = links.map((l, i): Relation => ({
    id: `r${i}`,
    type: 'attributed-to',
    from: pick(l.from).id,
    to: pick(l.to).id,
    annotator: l.annotator,
  }));
  const events = links.map((l, i): TagwrightEvent => ({
    id: `ev${i}`,
    documentId: pick(l.from).documentId,
    type: 'event',
    trigger: pick(l.from).id,
    arguments: [{ role: 'agent', target: pick(l.to).id, targetKind: 'annotation' }],
    attributes: {},
    note: '',
    annotator: l.annotator,
    createdAt: at,
    updatedAt: at,
  }));
  const equivalences = links.map((l, i): Equivalence => ({
    id: `g${i}`,
    documentId: pick(l.from).documentId,
    type: 'Equiv',
    members: [pick(l.from).id, pick(l.to).id],
    annotator: l.annotator,
  }));
  return { ...base, documents, annotations, relations, events, equivalences, entities };
}

/** Every document read back: what came out of layerDocs, through JSON as the server keeps it. */
function readBack(project: Project, owner: SyncOwner): SyncedThing[] {
  const idOf = new Map(project.documents.map((d) => [d.sha256, d.id]));
  return layerDocs(project, owner).map((doc) => {
    const result = syncedThingOf(JSON.parse(JSON.stringify(doc)), (sha) => idOf.get(sha));
    if (result.status !== 'read') throw new Error(`${doc._id} not read back: ${JSON.stringify(result)}`);
    return result.synced;
  });
}

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const of = <K extends SyncedThing['kind']>(things: SyncedThing[], kind: K) =>
  things.filter((t): t is Extract<SyncedThing, { kind: K }> => t.kind === kind);

describe('layerDocs and syncedThingOf', () => {
  it('give back exactly the owned layers of a project: project → docs → project is the identity per layer', () => {
    fc.assert(
      fc.property(projects, fc.constantFrom('ana', 'ben', 'gold'), fc.boolean(), (project, annotator, curator) => {
        const owner = { annotator, curator };
        const owned = ownedLayers(owner);
        const mine = <T extends { annotator: string }>(list: T[]) => json(list.filter((t) => owned.has(t.annotator)));
        const things = readBack(project, owner);
        expect(of(things, 'annotation').map((t) => t.thing)).toEqual(mine(project.annotations));
        expect(of(things, 'relation').map((t) => t.thing)).toEqual(mine(project.relations));
        expect(of(things, 'event').map((t) => t.thing)).toEqual(mine(project.events));
        expect(of(things, 'equivalence').map((t) => t.thing)).toEqual(mine(project.equivalences));
        const linked = new Set(mine(project.annotations).flatMap((a) => (a.entity ? [a.entity] : [])));
        expect(new Set(of(things, 'entity').map((t) => t.thing.id))).toEqual(linked);
        for (const e of of(things, 'entity'))
          expect(e.thing).toEqual(project.entities.find((x) => x.id === e.thing.id));
        const texts = new Set(mine(project.annotations).map((a) => a.documentId));
        expect(
          of(things, 'document')
            .map((t) => t.sha256)
            .sort(),
        ).toEqual(
          project.documents
            .filter((d) => texts.has(d.id))
            .map((d) => d.sha256)
            .sort(),
        );
        expect(of(things, 'schema').map((t) => t.schema)).toEqual(curator ? [json(project.schema)] : []);
      }),
    );
  });

  it('refuse a document whose id or annotator is not the one its content gives', () => {
    const project = projectOf(
      ['some text here'],
      [
        { doc: 0, start: 0, length: 4, annotator: 'ben', note: '', attributes: {}, fragments: false },
        { doc: 0, start: 5, length: 4, annotator: 'ben', note: '', attributes: {}, fragments: false },
      ],
      [],
    );
    const [doc] = layerDocs(project, { annotator: 'ben', curator: false });
    const idOf = () => 'd0';
    expect(syncedThingOf({ ...doc, annotator: 'ana' }, idOf)).toMatchObject({ status: 'refused' });
    expect(syncedThingOf({ ...doc, _id: 'annotation:a1' }, idOf)).toMatchObject({ status: 'refused' });
    expect(syncedThingOf({ ...doc, body: { id: 'a0' } }, idOf)).toMatchObject({ status: 'refused' });
    expect(syncedThingOf(doc, () => undefined)).toEqual({ status: 'no-text', documentSha256: '0'.repeat(64) });
    expect(syncedThingOf({ kind: 'document', _id: 'doc:x' }, idOf)).toMatchObject({ status: 'refused' });
  });

  it("send gold and the schema from the curator's copy only, whatever gold another copy holds or its name", () => {
    const project = projectOf(
      ['some text here'],
      [
        { doc: 0, start: 0, length: 4, annotator: 'gold', note: '', attributes: {}, fragments: false },
        { doc: 0, start: 5, length: 4, annotator: 'ben', note: '', attributes: {}, fragments: false },
      ],
      [],
    );
    const sent = (owner: SyncOwner) =>
      layerDocs(project, owner)
        .map((d) => [d.kind, 'annotator' in d ? d.annotator : null])
        .sort();

    expect(sent({ annotator: 'ben', curator: false })).toEqual([
      ['annotation', 'ben'],
      ['document', null],
    ]);
    expect(sent({ annotator: 'gold', curator: false })).toEqual([]);
    expect(sent({ annotator: 'lead', curator: true })).toEqual([
      ['annotation', 'gold'],
      ['document', null],
      ['schema', 'lead'],
    ]);
  });

  it('own the schema with the gold layer, a layer by its annotator, and no text', () => {
    const annotator = ownedLayers({ annotator: 'lead', curator: false });
    const curator = ownedLayers({ annotator: 'lead', curator: true });
    const schema = { kind: 'schema', annotator: 'lead' };

    expect(ownsDoc(annotator, schema)).toBe(false);
    expect(ownsDoc(curator, schema)).toBe(true);
    expect(ownsDoc(annotator, { kind: 'annotation', annotator: 'gold' })).toBe(false);
    expect(ownsDoc(curator, { kind: 'annotation', annotator: 'gold' })).toBe(true);
    expect(ownsDoc(annotator, { kind: 'relation', annotator: 'lead' })).toBe(true);
    expect(ownsDoc(curator, { kind: 'document', sha256: '0'.repeat(64) })).toBe(false);
  });
});
