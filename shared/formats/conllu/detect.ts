import type { FormatDetector } from '../corpus/format-detector';
import { tokenFileDetection } from '../corpus/token-file-kind';

/** A `.conllu` file holding CoNLL-U; one in another token format is refused, never read as text. */
export const conlluDetector: FormatDetector = {
  extensions: ['.conllu'],
  detect: (file) => tokenFileDetection(file.text(), 'conllu'),
};
