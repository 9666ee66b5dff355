import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { ProjectService } from '../../../main/service/project-service';
import { ProjectStore } from '../../../main/store/project-store';
import { projectFileContent } from '../../../main/store/project-json-chunks';
import { generateProject } from './generate-project';

export interface StoreFigures {
  documents: number;
  annotations: number;
  fileMiB: number;
  /** ProjectStore.open: read and validate (the "open"). */
  readValidateMs: number;
  /** ProjectService.openProject: the above plus lock, indexes and the background backup's start. */
  openMs: number;
  answerMs: number;
  saveMs: number;
  maxBlockedMs: number;
  answeredBeforeSave: boolean;
  heapMiB: number;
}

/** Measures open, one change, its save and how long the event loop is blocked by that save. */
export async function measureProjectStore(documents: number, perDocument: number): Promise<StoreFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'tagwright-bench-'));
  try {
    const path = join(dir, 'bench.tagwright');
    await writeFile(path, JSON.stringify(projectFileContent(generateProject(documents, perDocument))));
    const fileMiB = (await stat(path)).size / 1048576;
    globalThis.gc?.();

    const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir: dir, debounceMs: 0 });
    let t0 = performance.now();
    await ProjectStore.open(path);
    const readValidateMs = performance.now() - t0;
    globalThis.gc?.();
    t0 = performance.now();
    await service.openProject(path);
    const openMs = performance.now() - t0;
    const heapMiB = process.memoryUsage().heapUsed / 1048576;

    const savedAt = new Promise<number>((resolve) =>
      service.events.on('saveStateChanged', (s) => s.state === 'saved' && resolve(performance.now())),
    );
    const lag = monitorEventLoopDelay({ resolution: 1 });
    lag.enable();
    const t1 = performance.now();
    service.createAnnotation({ documentId: 'd0', start: 0, end: 5, label: 'claim' });
    const answered = performance.now();
    const saved = await savedAt;
    lag.disable();
    return {
      documents,
      annotations: documents * perDocument,
      fileMiB,
      readValidateMs,
      openMs,
      answerMs: answered - t1,
      saveMs: saved - t1,
      maxBlockedMs: lag.max / 1e6,
      answeredBeforeSave: answered < saved,
      heapMiB,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
