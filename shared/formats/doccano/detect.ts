import type { FormatDetector } from '../corpus/format-detector';

/** doccano JSONL has no header: any JSON Lines file no other format is certain of (its parser reports what is wrong). */
export const doccanoDetector: FormatDetector = {
  extensions: ['.jsonl', '.ndjson'],
  detect: () => 'possible',
};
