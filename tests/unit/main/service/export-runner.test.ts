import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../../../shared/formats/export-job';
import { hashText } from '../../../../main/service/build-documents';
import { ExportRunner } from '../../../../main/service/export-runner';
import { newProject } from '../../../../main/service/new-project';
import { ProjectService } from '../../../../main/service/project-service';
import { ProjectStore } from '../../../../main/store/project-store';
import type { TagwrightDocument } from '../../../../shared/model';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

describe('ExportRunner progress', () => {
  it('reports the first document, each whole percent and the last, not every document', async () => {
    const dir = await tempDir();
    const at = new Date('2026-01-01T00:00:00.000Z');
    const documents: TagwrightDocument[] = Array.from({ length: 1000 }, (_, i) => {
      const text = `Document ${i}.`;
      return {
        id: `d${i}`,
        title: text,
        text,
        sha256: hashText(text),
        source: { fileName: `d${i}.txt`, encoding: 'utf-8', lineEndings: 'lf', importedAt: at.toISOString() },
        status: 'new',
        metadata: {},
      };
    });
    const path = join(dir, 'big.tagwright');
    await (await ProjectStore.create(path, newProject('big', 'Big', at, documents))).flush();
    const service = await ProjectService.create({ userDataDir: join(dir, 'ud'), seedsDir, debounceMs: 0 });
    await service.openProject(path);
    const reports: ExportProgress[] = [];
    const runner = new ExportRunner(service, (p) => reports.push(p));

    const summary = await runner.run({ format: 'jsonl', documents: 'all' }, join(dir, 'out.jsonl'));
    expect(summary.documents).toBe(1000);
    expect((await readFile(join(dir, 'out.jsonl'), 'utf8')).split('\n')).toHaveLength(1002);
    expect(reports).toHaveLength(101);
    expect(reports[0]).toEqual({ documentsDone: 1, documentsTotal: 1000 });
    expect(reports[1]).toEqual({ documentsDone: 10, documentsTotal: 1000 });
    expect(reports.at(-1)).toEqual({ documentsDone: 1000, documentsTotal: 1000 });
    await service.closeProject();
  });
});
