import { isRecord } from '../corpus/json-fields';
import type { FormatDetector } from '../corpus/format-detector';

/**
 * W3C Web Annotation JSON-LD: the first record has an `@context` or a `type` Annotation… (Annotation,
 * AnnotationPage, AnnotationCollection). A `.jsonld` file that is not JSON is taken as W3C too, so
 * its parser reports it.
 */
export const w3cDetector: FormatDetector = {
  extensions: ['.json', '.jsonld'],
  detect(file) {
    const json = file.json();
    if (!json.ok) return file.name.endsWith('.jsonld') ? 'possible' : null;
    const first = Array.isArray(json.value) ? json.value[0] : json.value;
    return isRecord(first) && ('@context' in first || String(first.type).startsWith('Annotation')) ? 'certain' : null;
  },
};
