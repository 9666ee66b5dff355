import { isRecord } from '../corpus/json-fields';
import type { FormatDetector } from '../corpus/format-detector';
import { TAGWRIGHT_CORPUS_FORMAT } from './corpus-header';

/** Tagwright JSONL: a first line that is our header, or a document line with `annotations` and `text` (a file cut below its header). */
export const jsonlDetector: FormatDetector = {
  extensions: ['.jsonl', '.ndjson'],
  detect(file) {
    const first = file.firstLineJson();
    if (!first.ok || !isRecord(first.value)) return null;
    const record = first.value;
    const ours =
      record.format === TAGWRIGHT_CORPUS_FORMAT ||
      (Array.isArray(record.annotations) && typeof record.text === 'string');
    return ours ? 'certain' : null;
  },
};
