import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildDir } from './harness';

/**
 * A string each exporter (or its format's importer) writes and nothing else in the page has. The
 * export dialog reads shared/formats/format-facts.ts only; eslint stops a direct import of an
 * exporter, and this checks the built bundle, where an indirect one would show.
 */
const EXPORTER_MARKERS = {
  jsonl: 'tagwright-corpus',
  brat: 'AnnotatorNotes',
  conll: '-DOCSTART-',
  csv: String.raw`[=+\-@\t\r]`,
  w3c: 'AnnotationCollection',
  'label-studio': 'from_name',
  'webanno-tsv': '#FORMAT=WebAnno TSV',
};

test('the built renderer carries no exporter code: the export dialog reads the format facts only', async () => {
  const assets = join(buildDir, 'renderer', 'assets');
  const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const bundle = (await Promise.all(scripts.map((name) => readFile(join(assets, name), 'utf8')))).join('\n');
  expect(bundle).toContain('WebAnno / INCEpTION TSV 3.3'); // the facts are there: the dialog lists every format
  const found = Object.entries(EXPORTER_MARKERS).filter(([, marker]) => bundle.includes(marker));
  expect(found.map(([format]) => format)).toEqual([]);
});
