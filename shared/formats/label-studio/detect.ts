import type { FormatDetector } from '../corpus/format-detector';

/**
 * Label Studio's JSON export has no marker of its own: any `.json` file no other format is certain
 * of (its parser reports what is wrong), and a `.jsonld` one that is JSON but not W3C.
 */
export const labelStudioDetector: FormatDetector = {
  extensions: ['.json', '.jsonld'],
  detect: (file) => (file.name.endsWith('.json') || file.json().ok ? 'possible' : null),
};
