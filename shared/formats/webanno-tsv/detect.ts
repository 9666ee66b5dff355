import type { FormatDetector } from '../corpus/format-detector';
import { tokenFileDetection } from '../corpus/token-file-kind';

/** A `.tsv` file starting `#FORMAT=WebAnno TSV 3`; any other `.tsv` (a table, CoNLL) is refused, never read as text. */
export const webannoTsvDetector: FormatDetector = {
  extensions: ['.tsv'],
  detect: (file) => tokenFileDetection(file.text(), 'webanno-tsv', 'a .tsv that is not WebAnno TSV 3'),
};
