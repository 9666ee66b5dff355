import type { FormatDetector } from '../corpus/format-detector';
import { QDE_NAMESPACE } from './qde-writer';

/**
 * REFI-QDA: a `.qdpx` archive is told by its name (its bytes are a zip, read by the archive
 * reader, never as text); a bare `.qde` when it names the project namespace.
 */
export const refiQdaDetector: FormatDetector = {
  extensions: ['.qdpx', '.qde'],
  detect(file) {
    if (file.name.endsWith('.qdpx')) return 'certain';
    return file.text().includes(QDE_NAMESPACE) ? 'certain' : 'possible';
  },
};
