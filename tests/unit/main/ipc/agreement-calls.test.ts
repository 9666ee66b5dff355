import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import type { AgreementReport } from '../../../../shared/agreement/agreement-report';
import { agreementReportCsv, agreementReportJson } from '../../../../shared/agreement/report-files';
import { createTwoAnnotatorProject } from '../../../support/agreement-corpus';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/** The two annotators' project open read-only (measuring changes nothing), its handlers answering the export question with `destination`. */
async function setup() {
  const dir = await tempDir();
  const path = await createTwoAnnotatorProject(dir);
  const service = await ProjectService.create({ userDataDir: join(dir, 'lead'), seedsDir });
  await service.openProject(path, 'read-only');
  const asked: { destination: string | null; questions: string[] } = { destination: null, questions: [] };
  const handlers = createCallHandlers(service, {
    ...noDialogs,
    chooseExportDestination: async (format, kind, suggested) => {
      asked.questions.push(`${format} ${kind} ${suggested}`);
      return asked.destination;
    },
  });
  return { dir, service, handlers, asked };
}

describe('the agreement calls', () => {
  it('measureAgreement answers the report, on the annotators, labels and documents named', async () => {
    const { service, handlers } = await setup();
    const all = await dispatchCall(handlers, 'measureAgreement', {});
    expect(all).toMatchObject({ ok: true });
    const report = (all as { value: AgreementReport }).value;
    expect(report.pairs[0]!.overall.spans).toEqual({ reference: 6, other: 6, exact: 3, overlap: 5 });
    const mines = service.listDocuments()[1]!.id;
    const chosen = await dispatchCall(handlers, 'measureAgreement', { labels: ['actor'], documents: [mines] });
    expect(chosen).toMatchObject({
      ok: true,
      value: {
        labels: [{ id: 'actor', name: 'Actor' }],
        pairs: [{ documents: 1, overall: { spans: { reference: 2, other: 1, exact: 1, overlap: 1 } } }],
      },
    });
    await service.closeProject();
  });

  it('refuses what the project lacks by name, and payloads that do not parse', async () => {
    const { service, handlers } = await setup();
    expect(await dispatchCall(handlers, 'measureAgreement', { labels: ['verb'] })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'The label "verb" is not in this project\'s schema.' },
    });
    expect(await dispatchCall(handlers, 'measureAgreement', { annotators: ['ana', 'cy'] })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no annotator "cy" in this project.' },
    });
    expect(await dispatchCall(handlers, 'measureAgreement', { documents: ['nope'] })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'There is no document "nope" in this project.' },
    });
    for (const bad of [{ labels: 'actor' }, { everyone: true }, { annotators: [1] }]) {
      expect(await dispatchCall(handlers, 'measureAgreement', bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    await service.closeProject();
  });

  it('exportAgreementReport asks where, then writes the report as CSV or JSON; cancelled writes nothing', async () => {
    const { dir, service, handlers, asked } = await setup();
    const report = service.measureAgreement();
    asked.destination = join(dir, 'report.csv');
    const csv = await dispatchCall(handlers, 'exportAgreementReport', { format: 'csv' });
    expect(csv).toMatchObject({ ok: true, value: { path: asked.destination } });
    expect(await readFile(asked.destination, 'utf8')).toBe(agreementReportCsv(report));
    asked.destination = join(dir, 'report.json');
    await dispatchCall(handlers, 'exportAgreementReport', { format: 'json' });
    expect(await readFile(asked.destination, 'utf8')).toBe(agreementReportJson(report));
    expect(asked.questions).toEqual(['csv file team agreement.csv', 'json file team agreement.json']);

    asked.destination = null;
    const files = await readdir(dir);
    expect(await dispatchCall(handlers, 'exportAgreementReport', { format: 'csv', labels: ['claim'] })).toEqual({
      ok: true,
      value: null,
    });
    expect(await readdir(dir)).toEqual(files);
    await service.closeProject();
  });
});
