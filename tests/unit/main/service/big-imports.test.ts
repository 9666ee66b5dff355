import { describe, expect, it } from 'vitest';
import { serviceWithNewProject } from '../../../support/service-with-project';
import { useTempDirs } from '../../../support/temp-dir';

// Issue 12, point 8: an import of 150,000 files or lines in one call. push(...list) passed each
// item as an argument and overflowed the stack ("Maximum call stack size exceeded") past about
// 120,000 of them; the inputs here are built in memory and cost a few seconds at most.
const tempDir = useTempDirs();

describe('150,000 files in one import call', () => {
  it('150,000 dropped files that are not HTML: the report lists every one, nothing is added', async () => {
    const dir = await tempDir();
    const { service } = await serviceWithNewProject(dir, 'big');
    const notHtml = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    const files = Array.from({ length: 150_000 }, (_, i) => ({ name: `page-${i}.html`, bytes: notHtml }));
    const outcome = await service.importFileContents(files);
    expect(outcome.change).toBeNull();
    expect(outcome.report.imported).toEqual([]);
    expect(outcome.report.problems).toHaveLength(150_000);
    expect(outcome.report.problems[149_999]).toEqual({
      fileName: 'page-149999.html',
      message: expect.stringMatching(/^was not imported: it looks like a binary file/),
    });
    expect(service.listDocuments()).toEqual([]);
  });
});
