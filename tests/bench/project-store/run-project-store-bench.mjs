import { bundleForNode } from '../bundle-for-node.mjs';

const f = (n) => n.toFixed(1);

/** Project file open/save figures (issue 3, point 11), printed with their inputs. */
export async function runProjectStoreBench({ log }) {
  const { measureProjectStore } = await import(await bundleForNode('tests/bench/project-store/project-store-bench.ts'));
  const sizes = [
    { documents: 100, perDocument: 200, targets: { saveMs: 50 } },
    { documents: 2000, perDocument: 500, targets: { openMs: 2500 } },
  ];
  const rows = [];
  for (const size of sizes) {
    const r = await measureProjectStore(size.documents, size.perDocument);
    rows.push({ ...r, targets: size.targets });
    log(
      `project store: ${r.documents} documents × ${size.perDocument} annotations (${r.annotations.toLocaleString('en')}), file ${f(r.fileMiB)} MiB: ` +
        `read + validate ${f(r.readValidateMs)} ms, service open ${f(r.openMs)} ms, change answered in ${f(r.answerMs)} ms (before its save: ${r.answeredBeforeSave}), ` +
        `save written after ${f(r.saveMs)} ms, event loop blocked up to ${f(r.maxBlockedMs)} ms, heap after open ${f(r.heapMiB)} MiB`,
    );
  }
  return rows;
}
