import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bundleForNode, repoRoot } from '../bundle-for-node.mjs';

const f = (n) => n.toFixed(1);
const run = promisify(execFile);

/**
 * Corpus import figures (issue 12, point 8): 1,000,000 annotations from Tagwright JSONL, in two
 * shapes, each imported by `ProjectService.importCorpus` (the path of `tagwright import`) in a
 * process of its own, so that its resident set is the import's: a million one-line documents, and
 * the export bench's 2,000 documents × 500 annotations exported as JSONL.
 */
export async function runImportBench({ log }) {
  const { writeManyDocuments, writeGeneratedProject } = await import(
    await bundleForNode('tests/bench/import/write-jsonl-corpora.ts')
  );
  const child = await bundleForNode('tests/bench/import/import-child.ts');
  const dir = await mkdtemp(join(tmpdir(), 'tagwright-import-corpora-'));
  const shapes = [
    { name: '1,000,000 documents × 1 annotation', file: 'many.jsonl', write: (p) => writeManyDocuments(p, 1_000_000) },
    {
      name: '2,000 documents × 500 annotations',
      file: 'project.jsonl',
      write: (p) => writeGeneratedProject(p, 2000, 500),
    },
  ];
  const figures = [];
  try {
    for (const shape of shapes) {
      const path = join(dir, shape.file);
      await shape.write(path);
      const { stdout } = await run(
        process.execPath,
        ['--expose-gc', '--max-old-space-size=8192', child, path, join(repoRoot, 'seeds')],
        { maxBuffer: 1 << 20 },
      );
      const r = JSON.parse(stdout);
      figures.push({ shape: shape.name, ...r });
      log(
        `import ${shape.name}: ${f(r.fileMiB)} MiB of JSONL, ${r.documents.toLocaleString('en')} documents, ` +
          `${r.annotations.toLocaleString('en')} annotations: import ${f(r.importSeconds)} s, save ${f(r.saveSeconds)} s; ` +
          `RSS ${f(r.baselineRssMiB)} → peak ${f(r.peakRssMiB)} MiB, ${f(r.afterRssMiB)} MiB after (heap ${f(r.heapAfterMiB)} MiB)`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}
