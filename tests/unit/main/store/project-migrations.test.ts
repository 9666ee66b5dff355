import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../../main/store/project-store';
import { parseProjectFile } from '../../../../main/store/parse-project-file';
import { migrateProject, PROJECT_MIGRATIONS, type MigrationTable } from '../../../../main/store/project-migrations';
import { PROJECT_VERSION, projectSchema } from '../../../../shared/model';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const fixtures = resolve(import.meta.dirname, '../../../fixtures/projects');

describe('project format versions', () => {
  it('has a fixture file for every version this build reads, and each opens', async () => {
    const names = await readdir(fixtures);
    for (let v = 1; v <= PROJECT_VERSION; v++) {
      const ofVersion = names.filter((n) => n.startsWith(`v${v}-`));
      expect(ofVersion.length, `fixtures of version ${v}`).toBeGreaterThan(0);
      for (const name of ofVersion) {
        const path = join(await tempDir(), name);
        await copyFile(join(fixtures, name), path);
        const store = await ProjectStore.open(path);
        expect(store.fileVersion).toBe(v);
        expect(store.project.version).toBe(PROJECT_VERSION);
      }
    }
  });

  it('opens the v1 fixture with its documents and annotations intact', async () => {
    const path = join(await tempDir(), 'v1.tagwright');
    await copyFile(join(fixtures, 'v1-small.tagwright'), path);
    const { project } = parseProjectFile(await readFile(path, 'utf8'), path);
    expect(project.documents).toHaveLength(1);
    expect(project.annotations.map((a) => a.quote)).toEqual(['Armenia', '25%']);
  });

  it('reads the version 2 layout: one block of columns per document, notes and attributes by row', async () => {
    const path = join(fixtures, 'v2-small.tagwright');
    const { project } = parseProjectFile(await readFile(path, 'utf8'), path);
    expect(
      project.annotations.map(({ id, documentId, start, end, quote, label, note, attributes }) => ({
        id,
        documentId,
        start,
        end,
        quote,
        label,
        note,
        attributes,
      })),
    ).toEqual([
      { id: 'a1', documentId: 'doc1', start: 0, end: 7, quote: 'Armenia', label: 'actor', note: '', attributes: {} },
      {
        id: 'a2',
        documentId: 'doc1',
        start: 28,
        end: 31,
        quote: '25%',
        label: 'figure',
        note: 'Ministry figure; check against the 2019 statement',
        attributes: { value: 0.25, unit: '%' },
      },
    ]);
  });

  it('saves a version 1 project in the column layout, the same data as the v2 fixture holds', async () => {
    const path = join(await tempDir(), 'v1.tagwright');
    await copyFile(join(fixtures, 'v1-small.tagwright'), path);
    const store = await ProjectStore.open(path);
    store.markChanged(new Date('2026-01-01T00:00:00.000Z'));
    await store.flush();
    const written = JSON.parse(await readFile(path, 'utf8')) as {
      version: number;
      annotations: Record<string, unknown>[];
    };
    const fixture = JSON.parse(await readFile(join(fixtures, 'v2-small.tagwright'), 'utf8')) as typeof written;
    expect(written.version).toBe(PROJECT_VERSION);
    expect(written.annotations).toEqual([{ ...fixture.annotations[0], note: {}, attributes: {} }]);
  });

  it('reads the suggestions rejected per document (version 4); a version 3 file has none and saves an empty list', async () => {
    const v4 = join(fixtures, 'v4-small.tagwright');
    expect(parseProjectFile(await readFile(v4, 'utf8'), v4).project.suggestionRejections).toEqual([
      { documentId: 'doc1', start: 28, end: 31, label: 'actor' },
    ]);
    const path = join(await tempDir(), 'v3.tagwright');
    await copyFile(join(fixtures, 'v3-small.tagwright'), path);
    const store = await ProjectStore.open(path);
    expect(store.project.suggestionRejections).toEqual([]);
    store.markChanged(new Date('2026-01-01T00:00:00.000Z'));
    await store.flush();
    const written = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect([written.version, written.suggestionRejections]).toEqual([PROJECT_VERSION, []]);
  });

  it('reads version 5: dates, a multiple choice and its default, document attributes, a mention linked to its entity', async () => {
    const v5 = join(fixtures, 'v5-small.tagwright');
    const { project } = parseProjectFile(await readFile(v5, 'utf8'), v5);
    const claim = project.schema.labels.find((l) => l.id === 'claim')!;
    expect(claim.attributes[0]).toMatchObject({ type: 'choice', multiple: true, default: ['asserts'] });
    expect(project.schema.documentAttributes.map((d) => [d.name, d.type])).toEqual([
      ['outlet', 'string'],
      ['relevant', 'boolean'],
    ]);
    expect(project.documents[0]!.metadata).toEqual({ outlet: 'Example Wire', relevant: true });
    expect(project.annotations.map((a) => [a.quote, a.entity, a.attributes])).toEqual([
      ['Armenia', 'armenia', {}],
      ['25%', undefined, { value: 0.25, unit: '%' }],
      ['provided', undefined, { date: '2021-06-12' }],
    ]);
    expect(project.entities).toEqual([
      { id: 'armenia', name: 'Republic of Armenia', label: 'actor', aliases: ['Armenia'] },
    ]);
  });

  it('saves a version 4 file as the current version with no document attributes and every annotation as it was', async () => {
    const path = join(await tempDir(), 'v4.tagwright');
    await copyFile(join(fixtures, 'v4-small.tagwright'), path);
    const before = parseProjectFile(await readFile(path, 'utf8'), path).project;
    const store = await ProjectStore.open(path);
    store.markChanged(new Date('2026-01-01T00:00:00.000Z'));
    await store.flush();
    const written = JSON.parse(await readFile(path, 'utf8')) as { version: number; schema: Record<string, unknown> };
    expect([written.version, written.schema.documentAttributes]).toEqual([PROJECT_VERSION, []]);
    expect(parseProjectFile(await readFile(path, 'utf8'), path).project.annotations).toEqual(before.annotations);
  });

  it('keeps a linked mention and a multiple choice through a save; refuses a link to a missing entity, naming it', async () => {
    const path = join(await tempDir(), 'v5.tagwright');
    await copyFile(join(fixtures, 'v5-small.tagwright'), path);
    const store = await ProjectStore.open(path);
    store.project.annotations[0]!.attributes = { type: ['state', 'group'] };
    store.markChanged(new Date('2026-01-02T00:00:00.000Z'));
    await store.flush();
    const text = await readFile(path, 'utf8');
    const saved = parseProjectFile(text, path).project.annotations[0]!;
    expect([saved.entity, saved.attributes]).toEqual(['armenia', { type: ['state', 'group'] }]);
    const raw = JSON.parse(text) as { annotations: { entity: Record<string, string> }[] };
    raw.annotations[0]!.entity = { 0: 'nobody' };
    expect(() => parseProjectFile(JSON.stringify(raw), 'p.tagwright')).toThrow(
      /annotations\[0\]\.entity\[0\]: annotation "a1" is linked to missing entity "nobody"/,
    );
  });

  it('reads version 6: assignments, a curation record, a gold layer and who changed a row last', async () => {
    const v6 = join(fixtures, 'v6-small.tagwright');
    const { project } = parseProjectFile(await readFile(v6, 'utf8'), v6);
    expect(project.assignments.map((a) => [a.documentId, a.annotator, a.doneAt])).toEqual([
      ['doc1', 'ana', '2026-01-02T12:00:00.000Z'],
      ['doc1', 'ben', undefined],
    ]);
    expect(project.curation).toEqual([
      {
        documentId: 'doc1',
        status: 'in-progress',
        curator: 'lead',
        rejected: ['a3'],
        updatedAt: '2026-01-03T00:00:00.000Z',
      },
    ]);
    expect(project.annotations.map((a) => [a.id, a.annotator, a.updatedBy])).toEqual([
      ['a1', 'ana', undefined],
      ['a2', 'ana', 'lead'],
      ['a3', 'ben', undefined],
      ['a4', 'gold', undefined],
    ]);
  });

  it('saves a version 5 file as the current version with no assignments or curation, and keeps updatedBy through a save', async () => {
    const path = join(await tempDir(), 'v5.tagwright');
    await copyFile(join(fixtures, 'v5-small.tagwright'), path);
    const before = parseProjectFile(await readFile(path, 'utf8'), path).project;
    const store = await ProjectStore.open(path);
    store.project.annotations[1]!.updatedBy = 'lead';
    store.markChanged(new Date('2026-01-02T00:00:00.000Z'));
    await store.flush();
    const text = await readFile(path, 'utf8');
    const written = JSON.parse(text) as { version: number; assignments: unknown; curation: unknown };
    expect([written.version, written.assignments, written.curation]).toEqual([PROJECT_VERSION, [], []]);
    const after = parseProjectFile(text, path).project.annotations;
    expect(after.map((a) => a.updatedBy)).toEqual([undefined, 'lead', undefined]);
    expect(after.map(({ updatedBy: _, ...a }) => a)).toEqual(before.annotations);
  });

  it('refuses an assignment or a curation record of a missing document, and an assignment given twice, naming each', async () => {
    const v6 = JSON.parse(await readFile(join(fixtures, 'v6-small.tagwright'), 'utf8')) as Record<string, unknown[]> & {
      assignments: object[];
      curation: object[];
    };
    const assignment = { documentId: 'nowhere', annotator: 'ana', assignedAt: '2026-01-01T00:00:00.000Z' };
    expect(() => parseProjectFile(JSON.stringify({ ...v6, assignments: [assignment] }), 'p.tagwright')).toThrow(
      /assignments\[0\]\.documentId: an assignment to "ana" points to missing document "nowhere"/,
    );
    const twice = [v6.assignments[0], v6.assignments[0]];
    expect(() => parseProjectFile(JSON.stringify({ ...v6, assignments: twice }), 'p.tagwright')).toThrow(
      /assignments\[1\]: document "doc1" is assigned to "ana" twice/,
    );
    const curation = [{ ...v6.curation[0], documentId: 'gone' }];
    expect(() => parseProjectFile(JSON.stringify({ ...v6, curation }), 'p.tagwright')).toThrow(
      /curation\[0\]\.documentId: a curation record points to missing document "gone"/,
    );
  });

  it('refuses a rejected suggestion that points outside its document or to no document, naming its place', async () => {
    const v4 = JSON.parse(await readFile(join(fixtures, 'v4-small.tagwright'), 'utf8')) as Record<string, unknown>;
    const withRejection = (rejection: object) => JSON.stringify({ ...v4, suggestionRejections: [rejection] });
    const outside = withRejection({ documentId: 'doc1', start: 28, end: 500, label: 'actor' });
    expect(() => parseProjectFile(outside, 'p.tagwright')).toThrow(
      /suggestionRejections\[0\]\.end: .*outside its document/,
    );
    const missing = withRejection({ documentId: 'nope', start: 0, end: 1, label: 'actor' });
    expect(() => parseProjectFile(missing, 'p.tagwright')).toThrow(/suggestionRejections\[0\]\.documentId: .*"nope"/);
  });

  it('opens a version 2 brat import (written by version 2) with its normalizations moved out of the attributes', async () => {
    const path = join(await tempDir(), 'v2.tagwright');
    await copyFile(join(fixtures, 'v2-brat-import.tagwright'), path);
    const before = parseProjectFile(await readFile(join(fixtures, 'v2-brat-import.tagwright'), 'utf8'), path).project;
    const zurich = before.annotations.find((a) => a.quote === 'Zürich and Baku officials')!;
    expect(zurich).toMatchObject({
      attributes: {},
      normalizations: [{ resource: 'Wikidata', entry: 'Q72', text: '' }],
    });
    // Everything else as version 2 had it: other attributes, notes, relations; no events or groups yet.
    expect(before.annotations.filter((a) => a.normalizations)).toHaveLength(1);
    expect(before.annotations.find((a) => a.attributes.certainty)?.attributes).toEqual({ certainty: 'low' });
    expect(before.annotations.find((a) => a.attributes.Negated)?.attributes).toEqual({ Negated: true });
    expect(before.annotations.filter((a) => a.note !== '').map((a) => a.note)).toHaveLength(3);
    expect(before.relations.map((r) => r.type).sort()).toEqual([
      'Agent',
      'Agent',
      'Agent',
      'attributed-to',
      'attributed-to',
      'attributed-to',
    ]);
    expect(before).toMatchObject({ version: PROJECT_VERSION, events: [], equivalences: [] });

    const store = await ProjectStore.open(path);
    expect(store.fileVersion).toBe(2);
    store.markChanged(new Date('2026-02-01T00:00:00.000Z'));
    await store.flush();
    const saved = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({ version: PROJECT_VERSION, events: [], equivalences: [] });
    const blocks = saved.annotations as { normalizations?: Record<string, unknown> }[];
    expect(blocks.flatMap((b) => Object.values(b.normalizations ?? {}))).toEqual([
      [{ resource: 'Wikidata', entry: 'Q72', text: '' }],
    ]);
    expect(parseProjectFile(await readFile(path, 'utf8'), path).project.annotations).toEqual(before.annotations);
  });

  it('leaves a "normalization" attribute alone where the label declares one, or its value is not DB:ID words', () => {
    const row = (label: string, normalization: string) => ({ id: 'a', label, attributes: { normalization, x: 1 } });
    const raw = {
      version: 2,
      schema: { labels: [{ id: 'own', attributes: [{ name: 'normalization', type: 'string' }] }] },
      annotations: [row('own', 'Wikidata:Q1'), row('other', 'just text'), row('other', 'A:1 B:2')],
    };
    const migrated = migrateProject(raw, 2) as { annotations: Record<string, unknown>[] };
    expect(migrated.annotations.map((a) => [a.attributes, a.normalizations])).toEqual([
      [{ normalization: 'Wikidata:Q1', x: 1 }, undefined],
      [{ normalization: 'just text', x: 1 }, undefined],
      [
        { x: 1 },
        [
          { resource: 'A', entry: '1', text: '' },
          { resource: 'B', entry: '2', text: '' },
        ],
      ],
    ]);
  });

  it('refuses a file of a newer version, naming that version, and leaves it untouched', async () => {
    const path = join(await tempDir(), 'future.tagwright');
    await copyFile(join(fixtures, 'v99-future.tagwright'), path);
    const before = await readFile(path);
    const error = await ProjectStore.open(path).catch((e: Error) => e);
    expect(String(error)).toMatch(/newer Tagwright \(format version 99\)/);
    expect(String(error)).toContain(`format version ${PROJECT_VERSION} and older`);
    expect(await readFile(path)).toEqual(before);
  });

  it('has one migration step per older version', () => {
    expect(Object.keys(PROJECT_MIGRATIONS).map(Number)).toEqual(
      [...Array(PROJECT_VERSION - 1).keys()].map((v) => v + 1),
    );
  });

  it('runs a table of steps in order, stamping each version, and the result validates', async () => {
    // A synthetic format history (v1 -> v2 renames a field, v2 -> v3 restores it) run through the
    // real mechanism with the v1 fixture: proves order and version stamping without fake product versions.
    const raw = JSON.parse(await readFile(join(fixtures, 'v1-small.tagwright'), 'utf8')) as Record<string, unknown>;
    const seen: number[] = [];
    const table: MigrationTable = {
      1: (p) => {
        seen.push(p.version as number);
        const { name, ...rest } = p;
        return { ...rest, title: name };
      },
      2: (p) => {
        seen.push(p.version as number);
        const { title, ...rest } = p;
        return { ...rest, name: `${String(title)} (migrated)` };
      },
    };
    const migrated = migrateProject(raw, 1, table, 3);
    expect(seen).toEqual([1, 2]);
    expect(migrated.version).toBe(3);
    expect(migrated.name).toBe('Small (migrated)');
    expect(projectSchema.safeParse({ ...migrated, version: PROJECT_VERSION }).success).toBe(true);
  });

  it('names the missing step when a table has a gap', () => {
    expect(() => migrateProject({ version: 1 }, 1, { 1: (p) => p }, 3)).toThrow(/no migration from format version 2/);
  });
});
