import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import type { ImportOutcome } from '../../../../shared/ipc/views';
import type { Project } from '../../../../shared/model';
import { minimalDocx } from '../io/rich-document-files';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');
const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

// Files dropped or picked in the page arrive as bytes (importDocumentFiles), not as paths.
describe('importDocumentFiles: dropped .docx and .html files come in as their text', () => {
  it('extracts them as the folder import does, and reports a broken one by name', async () => {
    const dir = await tempDir();
    const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5 });
    await service.createProject(join(dir, 'p.tagwright'), 'P');
    const handlers = createCallHandlers(service, noDialogs);
    const html = '<html><head><title>x</title><script>alert(1)</script></head><body><h1>Maps</h1><p>Zoë &amp; 😀</p>';
    const result = await dispatchCall(handlers, 'importDocumentFiles', {
      files: [
        { name: 'report.docx', base64: base64(minimalDocx(['Armenia provided maps.', 'Only 25% were accurate'])) },
        { name: 'page.html', base64: base64(html) },
        { name: 'broken.docx', base64: base64('not a zip') },
      ],
    });
    expect(result.ok).toBe(true);
    const { report, change } = (result as { value: ImportOutcome }).value;
    expect(change?.documents.added.map((d) => d.title)).toEqual(['Armenia provided maps.', 'Maps']);
    expect(report.imported.map((d) => d.fileName)).toEqual(['report.docx', 'page.html']);
    expect(report.problems).toEqual([
      { fileName: 'broken.docx', message: 'was not imported: it is not a readable Word (.docx) file' },
    ]);

    await service.flush();
    const saved = JSON.parse(await readFile(join(dir, 'p.tagwright'), 'utf8')) as Project;
    expect(saved.documents.map((d) => [d.source.fileName, d.text])).toEqual([
      ['report.docx', 'Armenia provided maps.\n\nOnly 25% were accurate'],
      ['page.html', 'Maps\n\nZoë & 😀'],
    ]);
  });
});
