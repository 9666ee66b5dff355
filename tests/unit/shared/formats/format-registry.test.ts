import { describe, expect, it } from 'vitest';
import { detectImportFormat } from '../../../../shared/formats/detect-import-format';
import { FORMAT_NAMES, formatFacts } from '../../../../shared/formats/format-facts';
import { exporters, formatEntries, IMPORT_FORMATS } from '../../../../shared/formats/format-registry';
import { exportToFiles } from './export-files';
import { handCheckedCorpus } from './format-corpus';

const names = formatEntries.map(([name]) => name);
const entryOf = (name: string) => formatEntries.find(([n]) => n === name)![1];
const withExporter = formatEntries.filter(([, entry]) => entry.exporter).map(([name]) => name);

describe('the format registry (docs/architecture.md: where a new format goes)', () => {
  it('names each format once, and each exporter by the name it is registered under', () => {
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(FORMAT_NAMES).size).toBe(FORMAT_NAMES.length);
    for (const [name, entry] of formatEntries) if (entry.exporter) expect(entry.exporter.format).toBe(name);
  });

  it('has facts for every export format, and an exporter for every format with facts', () => {
    expect([...withExporter].sort()).toEqual([...FORMAT_NAMES].sort());
    expect(Object.keys(formatFacts).sort()).toEqual([...FORMAT_NAMES].sort());
    for (const name of FORMAT_NAMES) {
      expect(formatFacts[name].format).toBe(name);
      expect(exporters[name]).toEqual({ ...formatFacts[name], ...entryOf(name).exporter });
    }
  });

  it('gives every importer a detector, or says it is read only with --format (null); no detector without an importer', () => {
    for (const [name, entry] of formatEntries) {
      if (entry.importer) expect(entry.detector, `${name}: a detector, or null`).not.toBeUndefined();
      else expect(entry.detector ?? null, `${name}: a detector without an importer`).toBeNull();
    }
    expect(IMPORT_FORMATS).toEqual(formatEntries.filter(([, entry]) => entry.importer).map(([name]) => name));
  });

  it('detects by lower-case file-name endings', () => {
    for (const [name, { detector }] of formatEntries) {
      for (const extension of detector?.extensions ?? []) expect(extension, name).toMatch(/^\.[a-z0-9.-]+$/);
    }
  });

  it('recognises what it writes: each exported file of a format it reads and detects is detected as that format', () => {
    for (const [name, entry] of formatEntries) {
      if (!entry.exporter || !entry.importer || !entry.detector) continue;
      const facts = formatFacts[name as keyof typeof formatFacts];
      const files = exportToFiles(entry.exporter, handCheckedCorpus());
      const read = [...files].filter(
        ([file]) => facts.output === 'file' || file.endsWith(entry.detector!.extensions[0]!),
      );
      expect(read.length, name).toBeGreaterThan(0);
      for (const [file, text] of read) {
        expect(
          detectImportFormat(file === '' ? `export${facts.extension}` : file, () => text),
          `${name} ${file}`,
        ).toBe(name);
      }
    }
  });
});
