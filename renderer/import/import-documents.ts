import { MAX_IMPORT_FILE_BYTES } from '../../shared/ipc/contract';
import { chooseAndImportDocuments, importFileBatches } from '../store/project-commands';
import { useWorkbench } from '../store/workbench-store';
import { fileToBase64 } from './file-to-base64';
import { importBatches } from './import-batches';
import { pickFilesInPage } from './pick-files-in-page';

const isElectron = () => navigator.userAgent.includes('Electron');

/** File → Import Documents: the shell's picker, or the page's own where the shell has none. */
export async function importDocuments(): Promise<void> {
  const picked = await chooseAndImportDocuments();
  if (picked.status !== 'cancelled' || isElectron()) return;
  await importDroppedOrPicked(await pickFilesInPage());
}

/** Sends files the page holds (dropped or picked) to main; files too big to send are reported here. */
export async function importDroppedOrPicked(files: File[]): Promise<void> {
  const tooBig = files.filter((f) => f.size > MAX_IMPORT_FILE_BYTES);
  const sendable = files.filter((f) => f.size <= MAX_IMPORT_FILE_BYTES);
  const payload = [];
  for (const f of sendable) payload.push({ name: f.name, base64: await fileToBase64(f) });
  const batches = importBatches(payload);
  await importFileBatches(batches);
  if (tooBig.length > 0) {
    const mib = MAX_IMPORT_FILE_BYTES / 1024 / 1024;
    useWorkbench
      .getState()
      .showError(`Not imported (larger than ${mib} MiB): ${tooBig.map((f) => f.name).join(', ')}.`);
  }
}
