import type { FormatDetector } from '../corpus/format-detector';
import { tokenFileDetection } from '../corpus/token-file-kind';

/** A `.conll` or `.iob` file holding a token and its tags per line; one in another token format is refused, never read as text. */
export const conllDetector: FormatDetector = {
  extensions: ['.conll', '.iob'],
  detect: (file) => tokenFileDetection(file.text(), 'conll'),
};
