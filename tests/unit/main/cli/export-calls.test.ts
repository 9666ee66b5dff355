import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs, type DialogPort } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import { createAnnotatedSample } from '../../../fixtures/formats/annotated-sample';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const repoRoot = resolve(import.meta.dirname, '../../../..');

async function setUp(destination: (kind: 'file' | 'folder') => string | null) {
  const dir = await tempDir();
  const project = await createAnnotatedSample(dir, join(repoRoot, 'seeds'));
  const service = await ProjectService.create({
    userDataDir: join(dir, 'ud'),
    seedsDir: join(repoRoot, 'seeds'),
    debounceMs: 0,
  });
  await service.openProject(project);
  const shown: string[] = [];
  const dialogs: DialogPort = {
    ...noDialogs,
    chooseExportDestination: async (_format, kind) => destination(kind),
    showItemInFolder: async (path) => void shown.push(path),
  };
  const handlers = createCallHandlers(service, dialogs);
  const progress: number[] = [];
  service.events.on('exportProgress', (p) => progress.push(p.documentsDone));
  return {
    dir,
    service,
    handlers,
    shown,
    progress,
    call: (name: string, input: unknown) => dispatchCall(handlers, name, input),
  };
}

describe('the export calls (what the export dialog uses)', () => {
  it('exportCorpus asks for a destination, writes, reports progress; showExportedFiles shows them', async () => {
    const out = await tempDir();
    const { dir, call, shown, progress } = await setUp(() => join(out, 'x.csv'));
    const result = await call('exportCorpus', { format: 'csv', documents: 'done', labels: ['claim', 'figure'] });
    expect(result).toMatchObject({ ok: true, value: { format: 'csv', documents: 1, annotations: 2 } });
    expect(progress).toEqual([1]);
    const csv = await readFile(join(out, 'x.csv'), 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(3);
    expect(await call('showExportedFiles', {})).toEqual({ ok: true, value: [join(out, 'x.csv')] });
    expect(shown).toEqual([join(out, 'x.csv')]);
    expect(dir).not.toBe(out);
  });

  it('selected documents only; refuses unknown formats and empty selections', async () => {
    const folder = join(await tempDir(), 'brat');
    const { call, service } = await setUp(() => folder);
    const id = service.listDocuments()[2]!.id;
    const result = await call('exportCorpus', { format: 'brat', documents: 'selected', documentIds: [id] });
    expect(result).toMatchObject({ ok: true, value: { documents: 1 } });
    // Named after the seed file the document was imported from.
    const stem = service.getDocument(id).document.source.fileName.replace(/\.txt$/, '');
    expect(existsSync(join(folder, `${stem}.ann`))).toBe(true);
    expect(await call('exportCorpus', { format: 'xml', documents: 'all' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call('exportCorpus', { format: 'csv', documents: 'selected', documentIds: [] })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/No documents are selected/) },
    });
  });

  it('cancelExport stops a running export and leaves no file; a cancelled question returns null', async () => {
    const dir = await tempDir();
    const { call, service } = await setUp(() => join(dir, 'x.jsonl'));
    service.events.on('exportProgress', () => void call('cancelExport', {}));
    const result = await call('exportCorpus', { format: 'jsonl', documents: 'all' });
    expect(result).toMatchObject({ ok: false, error: { message: 'The export was cancelled; nothing was written.' } });
    expect(existsSync(join(dir, 'x.jsonl'))).toBe(false);
    expect(await call('cancelExport', {})).toEqual({ ok: true, value: false });
    const none = await setUp(() => null);
    expect(await none.call('exportCorpus', { format: 'jsonl', documents: 'all' })).toEqual({ ok: true, value: null });
  });
});
