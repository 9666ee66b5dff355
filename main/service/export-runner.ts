import type { ExportProgress, ExportSummary } from '../../shared/formats/export-job';
import { TagwrightError } from '../../shared/ipc/result';
import { ExportCancelled } from '../io/write-export';
import type { CorpusExportRequest } from './corpus-export';
import type { ProjectService } from './project-service';

/** Runs the app's exports one at a time, so the dialog can cancel the running one and show the last one's files. */
export class ExportRunner {
  #running: AbortController | null = null;
  #last: ExportSummary | null = null;

  constructor(
    private readonly service: ProjectService,
    private readonly onProgress: (progress: ExportProgress) => void,
  ) {}

  get last(): ExportSummary | null {
    return this.#last;
  }

  async run(request: CorpusExportRequest, out: string): Promise<ExportSummary> {
    if (this.#running) throw new TagwrightError('conflict', 'An export is already running: wait for it or cancel it.');
    const controller = new AbortController();
    this.#running = controller;
    try {
      this.#last = await this.service.exportCorpus(request, out, {
        signal: controller.signal,
        onProgress: everyPercent(this.onProgress),
      });
      return this.#last;
    } catch (error) {
      if (error instanceof ExportCancelled)
        throw new TagwrightError('io', 'The export was cancelled; nothing was written.');
      if (error instanceof TagwrightError) throw error;
      throw new TagwrightError('io', `The export could not be written: ${(error as Error).message}`);
    } finally {
      this.#running = null;
    }
  }

  cancel(): boolean {
    if (!this.#running) return false;
    this.#running.abort();
    return true;
  }
}

/**
 * Passes on the first report, each whole percent and the last: a corpus of a million documents
 * would otherwise send a million events across IPC (or the browser's socket).
 */
function everyPercent(onProgress: (progress: ExportProgress) => void): (progress: ExportProgress) => void {
  let lastPercent = -1;
  return (progress) => {
    const { documentsDone: done, documentsTotal: total } = progress;
    const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
    if (percent === lastPercent && done !== total) return;
    lastPercent = percent;
    onProgress(progress);
  };
}
