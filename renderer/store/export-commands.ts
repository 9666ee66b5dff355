import { ask, call, subscribe } from '../bridge/tagwright-client';
import type { CallInput } from '../../shared/ipc/contract';
import type { ExportProgress } from '../../shared/formats/export-job';

// The export dialog's calls: a failure is said in the dialog (the page's alert region is behind
// the modal), so these pass it on without reporting it.

/** Asks main where to write, then exports; cancelled when the user dismisses that question. */
export const exportCorpus = (request: CallInput<'exportCorpus'>) => ask('exportCorpus', request);

/** The layers the dialog offers besides all: the gold layer (when it has annotations) and each annotator's. */
export const listExportLayers = () => call('listExportLayers', {});

/** Stops the running export; its exportCorpus then fails, saying nothing was written. */
export const cancelExport = () => call('cancelExport', {});

/** Shows the last export's files in the file manager (where there is one); resolves to their paths. */
export const showExportedFiles = () => call('showExportedFiles', {});

export const watchExportProgress = (listener: (progress: ExportProgress) => void) =>
  subscribe('exportProgress', listener);
