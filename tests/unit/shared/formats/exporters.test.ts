import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../../../shared/formats/format-facts';
import { ExportLosses } from '../../../../shared/formats/corpus/export-losses';
import { exporters } from '../../../../shared/formats/format-registry';
import { exportToBytes, exportToFiles } from './export-files';
import { handCheckedCorpus } from './format-corpus';

const expectedDir = resolve(import.meta.dirname, '../../../fixtures/formats/expected');

/** Where one format's expected output lives (a folder format: one file per output file). */
function expectedPath(format: string, file: string): string {
  return file === ''
    ? join(expectedDir, `${format}${exporters[format as 'jsonl'].extension}`)
    : join(expectedDir, format, file);
}

describe('exporters against hand-checked output', () => {
  // The expected files were written once from handCheckedCorpus() and checked by hand, offset by
  // offset (see the comments in format-corpus.ts). UPDATE_EXPECTED=1 rewrites them: check the diff.
  for (const format of FORMAT_NAMES) {
    it(`${format} writes exactly the expected bytes`, () => {
      const files = exportToBytes(exporters[format], handCheckedCorpus());
      for (const [file, bytes] of files) {
        const path = expectedPath(format, file);
        if (process.env.UPDATE_EXPECTED) {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, bytes);
        }
        expect(existsSync(path), path).toBe(true);
        // As text first, for a readable difference; then every byte (a binary format's too).
        expect(bytes.toString('utf8')).toBe(readFileSync(path, 'utf8'));
        expect(bytes.equals(readFileSync(path)), path).toBe(true);
      }
      if (exporters[format].output === 'folder') {
        expect([...files.keys()].sort()).toEqual(readdirSync(join(expectedDir, format)).sort());
      }
    });
  }

  it('counts code points, not UTF-16 units, after an emoji (doccano, spaCy, brat, W3C, Label Studio)', () => {
    const corpus = handCheckedCorpus;
    const doccano = JSON.parse(exportToFiles(exporters.doccano, corpus()).get('')!.split('\n')[0]!);
    expect(doccano.label).toContainEqual([50, 54, 'actor']);
    expect(exportToFiles(exporters.brat, corpus()).get('d1.ann')).toContain('T5\tactor 50 54\tBaku');
    expect(exportToFiles(exporters.brat, corpus()).get('d1.ann')).toContain('T2\tevent 8 9;15 19\t😀 maps');
    expect(exportToFiles(exporters.w3c, corpus()).get('')).toContain(
      '{"type":"TextPositionSelector","start":50,"end":54}',
    );
    // WebAnno TSV counts UTF-16 code units, as Java does.
    expect(exportToFiles(exporters['webanno-tsv'], corpus()).get('d1.tsv')).toContain('2-8\t51-55\tBaku\tactor\t');
  });

  it('restricts to the chosen labels, dropping relations that lose an end', () => {
    const corpus = { ...handCheckedCorpus(), labels: ['claim'] };
    const jsonl = exportToFiles(exporters.jsonl, corpus).get('')!.trim().split('\n');
    const d1 = JSON.parse(jsonl[1]!);
    expect(d1.annotations.map((a: { label: string }) => a.label)).toEqual(['claim']);
    expect(d1.relations).toEqual([]);
    expect(exportToFiles(exporters.conll, corpus).get('')!.split('\n')[0]).toBe('-DOCSTART-\tO');
  });

  it('streams: one chunk per document (or less), never one whole-corpus string', () => {
    for (const format of FORMAT_NAMES) {
      const chunks = [...exporters[format].export(handCheckedCorpus(), new ExportLosses())];
      expect(chunks.length, format).toBeGreaterThanOrEqual(2);
    }
  });
});
