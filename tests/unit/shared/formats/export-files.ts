import type { CorpusExporter, ExportCorpus } from '../../../../shared/formats/corpus/corpus-export';
import { ExportLosses } from '../../../../shared/formats/corpus/export-losses';

/**
 * Runs an exporter and gathers its chunks into whole files (tests only: real exports stream to
 * disk); what the writing could not carry goes to `losses`.
 */
export function exportToFiles(
  exporter: CorpusExporter,
  corpus: ExportCorpus,
  losses = new ExportLosses(),
): Map<string, string> {
  const files = new Map<string, string>();
  for (const chunk of exporter.export(corpus, losses))
    files.set(chunk.file, (files.get(chunk.file) ?? '') + chunk.text);
  return files;
}
