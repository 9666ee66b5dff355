import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { TagwrightError } from '../../../../shared/ipc/result';
import type { Annotation } from '../../../../shared/model';
import { createTeamFiles } from '../../../support/team-files';
import { TEAM_TEXTS, type Mark } from '../../../support/merge-fixtures';
import { readSavedProject } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/** Three annotators: all mark "The ministry"; "25 percent" is a figure to ana and cy, a claim to ben. */
const WORK: Record<string, Mark[]> = {
  ana: [
    { text: 0, quote: 'The ministry', label: 'actor' },
    { text: 0, quote: '25 percent', label: 'figure' },
    { text: 1, quote: 'Hajizada', label: 'actor' },
  ],
  ben: [
    { text: 0, quote: 'The ministry', label: 'actor' },
    { text: 0, quote: '25 percent', label: 'claim' },
  ],
  cy: [
    { text: 0, quote: 'The ministry', label: 'actor' },
    { text: 0, quote: '25 percent', label: 'figure' },
  ],
};

/** The lead's project with the three copies merged, open in the lead's service (signing as "lead"). */
async function mergedTeam() {
  const dir = await tempDir();
  const { lead, copies } = await createTeamFiles(dir, WORK);
  const service = await ProjectService.create({
    userDataDir: join(dir, 'lead-data'),
    seedsDir,
    annotator: 'lead',
    debounceMs: 60_000,
  });
  await service.openProject(lead);
  await service.mergeProjects(Object.values(copies));
  const documentId = service.listDocuments().find((d) => service.getDocument(d.id).document.text === TEAM_TEXTS[0])!.id;
  const byWho = (annotator: string, quote: string) =>
    service.getDocument(documentId).annotations.find((a) => a.annotator === annotator && a.quote === quote)!;
  const saved = async () => {
    await service.flush();
    return { text: await readFile(lead, 'utf8'), project: await readSavedProject(lead) };
  };
  return { service, documentId, byWho, saved };
}

const spans = (annotations: Annotation[]) => annotations.map((a) => [a.quote, a.label, a.annotator]);

describe('ProjectService: curation into the gold layer', () => {
  it('shows lanes and candidates, accepts the agreed and one version, rejects another, and saves gold with the record', async () => {
    const { service, documentId, byWho, saved } = await mergedTeam();
    const view = service.getCuration(documentId);
    expect(view.lanes.map((l) => [l.annotator, l.annotations.length])).toEqual([
      ['ana', 2],
      ['ben', 2],
      ['cy', 2],
    ]);
    expect(view.candidates.map((c) => [c.label, c.annotators, c.state])).toEqual([
      ['actor', ['ana', 'ben', 'cy'], 'agreed'],
      ['claim', ['ben'], 'disputed'],
      ['figure', ['ana', 'cy'], 'disputed'],
    ]);

    service.acceptAgreed(documentId);
    service.acceptCandidate(documentId, byWho('cy', '25 percent').id);
    const rejection = service.rejectCandidate(documentId, [byWho('ben', '25 percent').id]);
    expect(rejection.team?.curation).toEqual([expect.objectContaining({ documentId, status: 'in-progress' })]);
    expect(service.getCuration(documentId).progress).toEqual({ settled: 3, total: 3 });
    service.setCurationStatus(documentId, 'done');

    const { project } = await saved();
    const gold = project.annotations.filter((a) => a.annotator === 'gold');
    expect(spans(gold)).toEqual([
      ['The ministry', 'actor', 'gold'],
      ['25 percent', 'figure', 'gold'],
    ]);
    expect(project.annotators).toContainEqual({ id: 'gold', name: 'Gold' });
    expect(project.curation).toEqual([
      {
        documentId,
        status: 'done',
        curator: 'lead',
        rejected: [byWho('ben', '25 percent').id],
        updatedAt: expect.any(String),
      },
    ]);
    expect(service.listDocuments().find((d) => d.id === documentId)?.curation).toBe('done');
  });

  it('undoes each curation step whole: the saved file is byte for byte what it was before curating (gold, record, annotators)', async () => {
    const { service, documentId, byWho, saved } = await mergedTeam();
    const before = await saved();
    service.acceptAgreed(documentId);
    service.rejectCandidate(documentId, [byWho('ben', '25 percent').id]);
    service.setCurationStatus(documentId, 'done');
    const curated = await saved();
    expect(curated.project.curation).toHaveLength(1);
    for (let i = 0; i < 3; i++) service.undo();
    const after = await saved();
    expect(after.project.annotations).toEqual(before.project.annotations);
    expect(after.project.curation).toEqual([]);
    expect(after.project.annotators).toEqual(before.project.annotators);
    // Byte for byte but the project's own updatedAt (the first one in the file), which a save moves.
    const unsaved = (text: string) => text.replace(/"updatedAt":"[^"]*"/, '');
    expect(unsaved(after.text)).toBe(unsaved(before.text));
  });

  it('lets the curator edit gold like any annotation (signed as theirs) and make a gold span by hand', async () => {
    const { service, documentId, saved } = await mergedTeam();
    const accepted = service.acceptAgreed(documentId).annotations.added[0]!;
    service.updateAnnotation({ annotationId: accepted.id, note: 'the ministry of defence' });
    const text = TEAM_TEXTS[0]!;
    const start = text.indexOf('maps');
    const made = service.createAnnotation({ documentId, start, end: start + 4, label: 'actor', layer: 'gold' });
    expect(made.annotations.added[0]).toMatchObject({ annotator: 'gold', quote: 'maps' });

    const { project } = await saved();
    const gold = project.annotations.filter((a) => a.annotator === 'gold');
    expect(gold.map((a) => [a.quote, a.note, a.updatedBy])).toEqual([
      ['The ministry', 'the ministry of defence', 'lead'],
      ['maps', '', undefined],
    ]);
    expect(project.curation[0]).toMatchObject({ documentId, curator: 'lead', status: 'in-progress' });
  });

  it('refuses what cannot be accepted or rejected, naming why, and changes nothing', async () => {
    const { service, documentId, byWho, saved } = await mergedTeam();
    const gold = service.acceptCandidate(documentId, byWho('ana', 'The ministry').id).annotations.added[0]!;
    const before = await saved();
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof TagwrightError ? [e.code, e.message] : e;
      }
      return 'accepted';
    };
    expect(refusal(() => service.acceptCandidate(documentId, byWho('ben', 'The ministry').id))).toEqual([
      'conflict',
      'The gold layer has this actor already ("The ministry").',
    ]);
    expect(refusal(() => service.acceptCandidate(documentId, gold.id))).toEqual([
      'invalid-input',
      `Annotation "${gold.id}" is in the gold layer already.`,
    ]);
    expect(refusal(() => service.rejectCandidate(documentId, ['nothing']))).toEqual([
      'not-found',
      'There is no annotation "nothing" in this project.',
    ]);
    expect(refusal(() => service.acceptAgreed(documentId))).toEqual([
      'conflict',
      'No agreed span is left to accept in this document.',
    ]);
    expect((await saved()).text).toBe(before.text);
  });

  it('answers the curation calls through the handler table, checking their input', async () => {
    const { service, documentId } = await mergedTeam();
    const handlers = createCallHandlers(service, noDialogs);
    expect(await dispatchCall(handlers, 'getCuration', { documentId })).toMatchObject({
      ok: true,
      value: { documentId, progress: { settled: 0, total: 3 } },
    });
    expect(await dispatchCall(handlers, 'setCurationStatus', { documentId, status: 'finished' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await dispatchCall(handlers, 'acceptAgreed', { documentId })).toMatchObject({
      ok: true,
      value: { team: { curation: [{ documentId, curator: 'lead' }] } },
    });
  });
});
