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
  'refi-qda': 'PlainTextSelection',
};

/** Tag names the NLP library and its dates plugin use (suggestions are computed in main, never in the page). */
const NLP_MARKERS = { compromise: 'Honorific', 'compromise-dates': 'WeekDay' };

/** The built renderer's scripts, joined. */
async function rendererBundle(): Promise<string> {
  const assets = join(buildDir, 'renderer', 'assets');
  const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  return (await Promise.all(scripts.map((name) => readFile(join(assets, name), 'utf8')))).join('\n');
}

test('the built renderer carries no exporter code: the export dialog reads the format facts only', async () => {
  const bundle = await rendererBundle();
  expect(bundle).toContain('WebAnno / INCEpTION TSV 3.3'); // the facts are there: the dialog lists every format
  expect(bundle).toContain('REFI-QDA project (.qdpx');
  const found = Object.entries(EXPORTER_MARKERS).filter(([, marker]) => bundle.includes(marker));
  expect(found.map(([format]) => format)).toEqual([]);
});

test('the built renderer carries no NLP library: suggestions come from main', async () => {
  const bundle = await rendererBundle();
  expect(bundle).toContain('Suggestion settings'); // the suggestions panel is there
  const found = Object.entries(NLP_MARKERS).filter(([, marker]) => bundle.includes(marker));
  expect(found.map(([library]) => library)).toEqual([]);
  // Main, which computes the suggestions, loads both libraries.
  const main = await readdir(join(buildDir, 'main'), { recursive: true });
  const mainScripts = main.filter((name) => name.endsWith('.js'));
  const mainBundle = (
    await Promise.all(mainScripts.map((name) => readFile(join(buildDir, 'main', name), 'utf8')))
  ).join('\n');
  expect(Object.keys(NLP_MARKERS).filter((library) => mainBundle.includes(`"${library}"`))).toEqual(
    Object.keys(NLP_MARKERS),
  );
});
