import type { FormatDetector } from '../corpus/format-detector';

/** brat keeps its annotations in `.ann` files (the text in the `.txt` beside each). */
export const bratDetector: FormatDetector = {
  extensions: ['.ann'],
  detect: () => 'certain',
};
