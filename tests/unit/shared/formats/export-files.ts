import type { CorpusExporter, ExportCorpus } from '../../../../shared/formats/corpus/corpus-export';

/** Runs an exporter and gathers its chunks into whole files (tests only: real exports stream to disk). */
export function exportToFiles(exporter: CorpusExporter, corpus: ExportCorpus): Map<string, string> {
  const files = new Map<string, string>();
  for (const chunk of exporter.export(corpus)) files.set(chunk.file, (files.get(chunk.file) ?? '') + chunk.text);
  return files;
}
