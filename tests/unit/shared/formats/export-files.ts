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

/** Runs an exporter and gathers its chunks into whole files' bytes, as the disk gets them (a binary format's too: REFI-QDA's zip). */
export function exportToBytes(exporter: CorpusExporter, corpus: ExportCorpus): Map<string, Buffer> {
  const files = new Map<string, Buffer[]>();
  for (const chunk of exporter.export(corpus, new ExportLosses())) {
    const parts = files.get(chunk.file) ?? [];
    parts.push(chunk.bytes ? Buffer.from(chunk.bytes) : Buffer.from(chunk.text, 'utf8'));
    files.set(chunk.file, parts);
  }
  return new Map([...files].map(([file, parts]) => [file, Buffer.concat(parts)]));
}
