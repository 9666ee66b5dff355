import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './bundle-for-node.mjs';

/** Replaces one `## heading` section of docs/benchmarks.md with `body` (which starts with that heading), leaving the others alone. */
export function writeBenchmarkSection(heading, body) {
  const path = join(repoRoot, 'docs', 'benchmarks.md');
  const existing = existsSync(path)
    ? readFileSync(path, 'utf8')
    : '# Benchmarks\n\nFigures printed by `npm run bench`, with their inputs.\n';
  const start = existing.indexOf(heading);
  let next;
  if (start === -1) next = `${existing.trimEnd()}\n\n${body}`;
  else {
    const after = existing.indexOf('\n## ', start + heading.length);
    next = existing.slice(0, start) + body + (after === -1 ? '' : `\n${existing.slice(after + 1)}`);
  }
  writeFileSync(path, next.endsWith('\n') ? next : `${next}\n`);
}
