import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../../shared/text/csv-records';
import { fig } from '../../../support/figure-values';
import { runCliInProcess as cli } from '../../../support/run-cli-in-process';
import { serviceWithNewProject } from '../../../support/service-with-project';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

async function figureJson(args: string[]) {
  const result = await cli(['figure', ...args, '--json'], await tempDir());
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as unknown;
}

describe('tagwright figure', () => {
  it('prints value, min, max, unit, kind and qualifier as JSON', async () => {
    expect(await figureJson(['more than 3,400'])).toEqual({
      value: 3400,
      min: null,
      max: null,
      unit: null,
      kind: 'count',
      qualifier: 'at least',
    });
    expect(await figureJson(['between 20 and 30 per cent'])).toEqual({
      value: null,
      min: 0.2,
      max: 0.3,
      unit: 'percent',
      kind: 'percentage',
      qualifier: 'range',
    });
    expect(await figureJson(['$1.5bn'])).toMatchObject({ value: 1500000000, unit: 'USD', kind: 'money' });
    expect(await figureJson(['12 March 2020'])).toMatchObject({ value: '2020-03-12', kind: 'date' });
  });

  it('reads the unit and the hedge from the --context sentence around the text', async () => {
    const context = 'Armenia planted some 400,000 mines in the region.';
    expect(await figureJson(['400,000', '--context', context])).toEqual(
      fig({ value: 400000, unit: 'mines', qualifier: 'approximate' }),
    );
  });

  it('prints it for people without --json; says why when it cannot', async () => {
    const dir = await tempDir();
    expect(await cli(['figure', 'over a million'], dir)).toEqual({
      code: 0,
      stdout: '1000000 (count, at least)\n',
      stderr: '',
    });
    const none = await cli(['figure', 'Armenia', '--json'], dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('"Armenia" holds no figure');
    const elsewhere = await cli(['figure', '400', '--context', 'Some 500 mines.'], dir);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('"400" is not in the --context sentence');
    expect((await cli(['figure'], dir)).code).toBe(2);
  });
});

/** A project with one document: a normalised figure after an emoji, a figure with nothing stored, an actor. */
async function projectWithFigures(dir: string): Promise<string> {
  const { service, path } = await serviceWithNewProject(dir, 'figures');
  const text = 'Mines\n\n😀 Hajizada said over a million mines, and 25% later.';
  service.importFiles([{ name: 'report.txt', bytes: Buffer.from(text) }]);
  const [document] = service.listDocuments();
  const span = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  const documentId = document!.id;
  const attributes = { value: 1000000, unit: 'mines', kind: 'count', qualifier: 'at least' };
  service.createAnnotation({ documentId, ...span('over a million'), label: 'figure', attributes });
  // Relabelled from another label: a figure with no values (one created as a Figure is filled).
  const relabelled = service.createAnnotation({ documentId, ...span('25%'), label: 'claim' }).annotations.added[0]!;
  service.updateAnnotation({ annotationId: relabelled.id, label: 'figure' });
  service.createAnnotation({ documentId, ...span('Hajizada'), label: 'actor' });
  await service.flush();
  await service.closeProject();
  return path;
}

describe('tagwright figures', () => {
  it('lists every Figure with its stored values as JSON, offsets in code points', async () => {
    const dir = await tempDir();
    const path = await projectWithFigures(dir);
    const result = await cli(['figures', path, '--json'], dir);
    expect(result.code, result.stderr).toBe(0);
    const { documents } = JSON.parse(await readFile(path, 'utf8')) as { documents: { id: string }[] };
    const documentId = documents[0]!.id;
    expect(JSON.parse(result.stdout)).toEqual({
      project: 'figures',
      offsets: 'code points',
      figures: [
        {
          document: 'Mines',
          documentId,
          start: 23,
          end: 37,
          quote: 'over a million',
          label: 'Figure',
          value: 1000000,
          min: null,
          max: null,
          unit: 'mines',
          kind: 'count',
          qualifier: 'at least',
        },
        {
          document: 'Mines',
          documentId,
          start: 49,
          end: 52,
          quote: '25%',
          label: 'Figure',
          value: null,
          min: null,
          max: null,
          unit: null,
          kind: null,
          qualifier: null,
        },
      ],
    });
  });

  it('writes them as CSV, and as lines without --json or --csv', async () => {
    const dir = await tempDir();
    const path = await projectWithFigures(dir);
    const csv = await cli(['figures', path, '--csv'], dir);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.startsWith('\ufeff')).toBe(true);
    const reading = readCsvRecords(csv.stdout.slice(1));
    expect('records' in reading && reading.records.map((r) => r.fields)).toEqual([
      [
        'document',
        'document_id',
        'start_code_point',
        'end_code_point',
        'quote',
        'label',
        'value',
        'min',
        'max',
        'unit',
        'kind',
        'qualifier',
      ],
      expect.arrayContaining([
        'Mines',
        '23',
        '37',
        'over a million',
        'Figure',
        '1000000',
        '',
        '',
        'mines',
        'count',
        'at least',
      ]),
      expect.arrayContaining(['Mines', '49', '52', '25%', 'Figure', '', '', '', '', '', '']),
    ]);
    const text = await cli(['figures', path], dir);
    expect(text.stdout).toBe(
      'Mines  23–37  "over a million"  value 1000000 · unit mines · kind count · qualifier at least\n' +
        'Mines  49–52  "25%"  no values stored\n',
    );
  });

  it('refuses --json with --csv, and names a project that is not there', async () => {
    const dir = await tempDir();
    const both = await cli(['figures', 'x.tagwright', '--json', '--csv'], dir);
    expect(both.code).toBe(2);
    const missing = await cli(['figures', 'missing.tagwright'], dir);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('missing.tagwright');
  });
});
