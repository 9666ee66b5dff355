import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportFormat } from '../../../../shared/formats/format-registry';
import type { Project } from '../../../../shared/model';
import { mentionsOfHajizada } from '../../../support/entity-mentions';
import { readSavedProject } from '../../../support/project-file-text';
import { serviceWithNewProject } from '../../../support/service-with-project';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

/** The sample's mentions of Hajizada linked to one entity (with an alias), Armenia to another. */
async function linkedProject() {
  const dir = await tempDir();
  const story = await mentionsOfHajizada(dir);
  const { service, aykhan, spokesperson, hajizada, armenia } = story;
  const mentions = [aykhan.id, spokesperson.id, hajizada.id];
  service.createEntity({ name: 'Aykhan Hajizada', label: 'actor', aliases: ['Hajizada'], mentions });
  service.createEntity({ name: 'Armenia', label: 'actor', mentions: [armenia.id] });
  return { dir, ...story };
}

/** Each linked mention as "quote → entity name [aliases]", sorted. */
function links(project: Project): string[] {
  const entities = new Map(project.entities.map((e) => [e.id, e]));
  return project.annotations
    .filter((a) => a.entity !== undefined)
    .map((a) => {
      const e = entities.get(a.entity!)!;
      return `${a.quote} → ${e.name} [${e.aliases.join(', ')}] (${e.label})`;
    })
    .sort();
}

/**
 * Exports the project in `format` and imports the export into a new project; W3C carries no
 * texts, so its export comes back into the same project once the mentions and entities are gone.
 */
async function roundTrip(format: ImportFormat & ('jsonl' | 'brat' | 'w3c'), out: string): Promise<Project> {
  const { dir, service, aykhan, spokesperson, hajizada, armenia } = await linkedProject();
  const exported = join(dir, out);
  const summary = await service.exportCorpus({ format, documents: 'all' }, exported);
  expect(summary.losses.filter((l) => l.kind === 'entity-links')).toEqual([]);
  let target = service;
  if (format === 'w3c') {
    for (const overview of service.listEntities()) service.deleteEntity(overview.entity.id);
    for (const a of [aykhan, spokesperson, hajizada, armenia]) service.deleteAnnotation(a.id);
  } else target = (await serviceWithNewProject(join(dir, 'other'), 'copy')).service;
  const report = await target.importCorpus([exported], { format, addLabels: true });
  expect(report).toMatchObject({ applied: true, problems: [] });
  await target.flush();
  return readSavedProject(target.projectPath!);
}

const expected = [
  'Armenia → Armenia [] (actor)',
  'Aykhan Hajizada → Aykhan Hajizada [Hajizada] (actor)',
  'Hajizada → Aykhan Hajizada [Hajizada] (actor)',
  'spokesperson → Aykhan Hajizada [Hajizada] (actor)',
];

describe('entity links in exports', () => {
  it('Tagwright JSONL carries the entities in its header and an entity id on each linked span; import links them again', async () => {
    const { dir, service, saved } = await linkedProject();
    const out = join(dir, 'corpus.jsonl');
    await service.exportCorpus({ format: 'jsonl', documents: 'all' }, out);
    const [header, ...lines] = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const project = await saved();
    expect(header.entities).toEqual(project.entities);
    const spans = lines.flatMap((l: { annotations: { quote: string; entity?: string }[] }) => l.annotations);
    expect(Object.fromEntries(spans.map((s) => [s.quote, s.entity]))).toEqual(
      Object.fromEntries(project.annotations.map((a) => [a.quote, a.entity])),
    );
    expect(links(await roundTrip('jsonl', 'corpus.jsonl'))).toEqual(expected);
  });

  it('brat writes an N line of resource Tagwright per linked mention; import links them again (aliases are not carried)', async () => {
    const { dir, service, saved, first } = await linkedProject();
    const out = join(dir, 'brat');
    await service.exportCorpus({ format: 'brat', documents: 'all' }, out);
    const project = await saved();
    const aykhan = project.entities.find((e) => e.name === 'Aykhan Hajizada')!;
    const stem = project.documents.find((d) => d.id === first.id)!.source.fileName.replace(/\.txt$/, '');
    const ann = await readFile(join(out, `${stem}.ann`), 'utf8');
    const t = /^(T\d+)\tactor \d+ \d+\tAykhan Hajizada$/m.exec(ann)![1];
    expect(ann).toMatch(new RegExp(`^N\\d+\\tReference ${t} Tagwright:${aykhan.id}\\tAykhan Hajizada$`, 'm'));
    expect(links(await roundTrip('brat', 'brat'))).toEqual(expected.map((l) => l.replace(' [Hajizada]', ' []')));
  });

  it('W3C writes an identifying body whose source is the entity (IRI, name, aliases); import links them again', async () => {
    const { dir, service, saved } = await linkedProject();
    const out = join(dir, 'corpus.jsonld');
    await service.exportCorpus({ format: 'w3c', documents: 'all' }, out);
    const aykhan = (await saved()).entities.find((e) => e.name === 'Aykhan Hajizada')!;
    const items = JSON.parse(await readFile(out, 'utf8')).first.items as {
      body: { purpose: string; source?: unknown }[];
    }[];
    const identifying = items.flatMap((i) => i.body.filter((b) => b.purpose === 'identifying'));
    expect(identifying).toContainEqual({
      type: 'SpecificResource',
      purpose: 'identifying',
      source: { id: `urn:tagwright:entity:${aykhan.id}`, label: 'Aykhan Hajizada', altLabel: ['Hajizada'] },
    });
    expect(identifying).toHaveLength(4);
    expect(links(await roundTrip('w3c', 'corpus.jsonld'))).toEqual(expected);
  });

  it('reports entity links as lost by the formats that cannot carry them', async () => {
    const { dir, service } = await linkedProject();
    const summary = await service.exportCorpus({ format: 'csv', documents: 'all' }, join(dir, 'out.csv'));
    expect(summary.losses).toContainEqual({ kind: 'entity-links', count: 4 });
  });
});
