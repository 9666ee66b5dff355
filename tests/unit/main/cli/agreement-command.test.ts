import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { readCsvRecords } from '../../../../shared/text/csv-records';
import { unitisedAlpha } from '../../../../shared/agreement/unitised-alpha';
import { agreementOfSaved, createTwoAnnotatorProject, TWO_ANNOTATOR_WORK } from '../../../support/agreement-corpus';
import { readSavedProject } from '../../../support/project-file-text';
import { runCliInProcess as cli } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

/** Krippendorff (2011)'s nominal example (α = 0.743) as a coding table, one row per value, written as a spreadsheet would. */
const KRIPPENDORFF_2011 = [
  'coder,unit,label',
  ...[
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ].flatMap((row, c) => row.flatMap((v, u) => (v === null ? [] : [`${'ABCD'[c]},"unit\n${u + 1}",${v}`]))),
].join('\r\n');

async function tableFile(text: string) {
  const dir = await tempDir();
  await writeFile(join(dir, 'table.csv'), text);
  return dir;
}

describe('tagwright agreement --units TABLE.csv', () => {
  it('prints {"value": …} with --json, and a line for people without', async () => {
    const dir = await tableFile(KRIPPENDORFF_2011);
    const json = await cli(['agreement', '--units', 'table.csv', '--json'], dir);
    expect(json.code).toBe(0);
    expect(Object.keys(JSON.parse(json.stdout))).toEqual(['value']);
    expect(JSON.parse(json.stdout).value).toBeCloseTo(0.743, 3);
    const text = await cli(['agreement', '--units', 'table.csv'], dir);
    expect(text.stdout).toBe("Krippendorff's alpha (nominal): 0.743\n");
  });

  it('an undefined measure prints null and the reason, never NaN, and still exits 0', async () => {
    const dir = await tableFile(KRIPPENDORFF_2011);
    const fleiss = await cli(['agreement', '--units', 'table.csv', '--metric', 'fleiss', '--json'], dir);
    expect(fleiss.code).toBe(0);
    expect(JSON.parse(fleiss.stdout)).toEqual({
      value: null,
      reason: expect.stringMatching(/^units have different numbers of ratings/),
    });
    const cohen = await cli(['agreement', '--units', 'table.csv', '--metric', 'cohen'], dir);
    expect(cohen.stdout).toBe(
      "Cohen's kappa is undefined: Cohen's kappa compares two coders; this table has 4 (use alpha or fleiss for more)\n",
    );
  });

  it('a bad table is refused naming the file and line; a bad invocation is a usage error', async () => {
    const dir = await tableFile('coder,unit,label\r\nA,1,x\r\nB,1\r\n');
    const path = join(dir, 'table.csv');
    const short = await cli(['agreement', '--units', 'table.csv'], dir);
    expect([short.code, short.stderr]).toEqual([
      1,
      `tagwright agreement: ${path}, line 3: 2 fields where the header has 3\n`,
    ]);
    const missing = await cli(['agreement', '--units', 'nothing.csv'], dir);
    expect([missing.code, missing.stderr]).toEqual([
      1,
      `tagwright agreement: ${join(dir, 'nothing.csv')} does not exist\n`,
    ]);
    expect((await cli(['agreement', '--units', 'table.csv', '--metric', 'kappa'], dir)).code).toBe(2);
    expect((await cli(['agreement', 'p.tagwright', '--units', 'table.csv'], dir)).code).toBe(2);
    expect((await cli(['agreement'], dir)).code).toBe(2);
  });
});

describe('tagwright agreement PROJECT', () => {
  it('--json prints the report the pure functions compute for the saved project', async () => {
    const dir = await tempDir();
    const path = await createTwoAnnotatorProject(dir);
    const run = await cli(['agreement', 'team.tagwright', '--json'], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const expected = agreementOfSaved(await readSavedProject(path));
    expect(report).toEqual(JSON.parse(JSON.stringify(expected)));
    // The hand count of the corpus (tests/support/agreement-corpus.ts).
    expect(report.pairs[0].overall.spans).toEqual({ reference: 6, other: 6, exact: 3, overlap: 5 });
    expect(report.pairs[0].overall.overlapF1.value).toBeCloseTo(10 / 12, 12);
    expect(report.relations.group).toEqual({ value: 1 });
    expect(report.annotators.map((a: { id: string; documents: number }) => [a.id, a.documents])).toEqual([
      ['ana', 3],
      ['ben', 2],
    ]);
  });

  it("--json prints the unitised alpha of Ana's and Ben's spans on the characters of the two texts both worked on", async () => {
    const dir = await tempDir();
    await createTwoAnnotatorProject(dir);
    const report = JSON.parse((await cli(['agreement', 'team.tagwright', '--json'], dir)).stdout);
    // The same spans written out from the corpus's quotes (plain ASCII: offsets are characters).
    const continua = TWO_ANNOTATOR_WORK.filter((d) => d.work.ben.marks.length > 0).map(({ text, work }) => ({
      length: text.length,
      coders: new Map(
        Object.entries(work).map(([annotator, { marks }]) => [
          annotator,
          marks.map(({ label, quote }) => ({
            start: text.indexOf(quote),
            end: text.indexOf(quote) + quote.length,
            label,
          })),
        ]),
      ),
    }));
    const byHand = unitisedAlpha(
      report.labels.map((l: { id: string }) => l.id),
      continua,
    );
    expect(report.group.unitisedDocuments).toBe(2);
    expect(report.pairs[0].overall.unitisedAlpha.value).toBeCloseTo(byHand.overall.value!, 12);
    expect(report.group.overall.unitisedAlpha).toEqual(report.pairs[0].overall.unitisedAlpha);
    const actor = report.pairs[0].perLabel.find((l: { label: string }) => l.label === 'actor');
    expect(actor.agreement.unitisedAlpha.value).toBeCloseTo(
      byHand.perLabel.find((l) => l.label === 'actor')!.alpha.value!,
      12,
    );
    expect(byHand.overall.value).toBeGreaterThan(0);
    expect(byHand.overall.value).toBeLessThan(1);
  });

  it('--csv prints one figure per row; text names the pairs and the worst documents', async () => {
    const dir = await tempDir();
    await createTwoAnnotatorProject(dir);
    const csv = await cli(['agreement', 'team.tagwright', '--csv'], dir);
    const read = readCsvRecords(csv.stdout);
    if (!('records' in read)) throw new Error(read.problem);
    const [header, ...rows] = read.records.map((r) => r.fields);
    expect(header).toEqual([
      'scope',
      'reference',
      'other',
      'label',
      'attribute',
      'document',
      'measure',
      'value',
      'reason',
    ]);
    expect(rows).toContainEqual(['pair', 'ana', 'ben', '(all)', '', '', 'exactF1', '0.5', '']);
    expect(rows).toContainEqual(['relations', '', '', '', '', '', 'f1', '1', '']);
    expect(rows).toContainEqual(['group', '', '', 'Event', '', '', 'exactF1', '0', '']);
    expect(rows).toContainEqual(['group', '', '', '', '', '', 'unitisedDocuments', '2', '']);
    expect(rows.filter((r) => r[0] === 'pair' && r[6] === 'unitisedAlpha' && r[3] === '(all)')).toHaveLength(1);
    const text = await cli(['agreement', 'team.tagwright'], dir);
    expect(text.stdout).toMatch(/\n {2}ana \/ ben +0\.833 +0\.500 /);
    expect(text.stdout).toMatch(/\n {2}Pair +Overlap F1 {2}Exact F1 {2}Alpha {2}uAlpha /);
    expect(text.stdout).toContain('\n  uAlpha (unitised, on characters): the 2 document(s) every annotator worked on;');
    expect(text.stdout).toMatch(
      /Worst documents \(token alpha, overlap F1\):\n +0\.407 +0\.667 {2}Hajizada spoke to Envoy magazine about 400,000 mines\.\n/,
    );
  });

  it('opens the project read-only: it works while another Tagwright edits it', async () => {
    const dir = await tempDir();
    await createTwoAnnotatorProject(dir);
    const editor = await ProjectService.create({ userDataDir: join(dir, 'editor'), seedsDir: dir });
    await editor.openProject(join(dir, 'team.tagwright'));
    try {
      expect((await cli(['agreement', 'team.tagwright', '--json'], dir)).code).toBe(0);
    } finally {
      await editor.closeProject();
    }
  });
});
