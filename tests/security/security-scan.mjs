// `npm run security:scan`: runs @doyensec/electronegativity over the app's source (main, preload,
// renderer, shared) as Electron 41.7.1 and fails on any finding not justified below. Each
// justification is explained in docs/security.md and, where it can be, proved by
// tests/unit/main/shell/window-security.test.ts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const ELECTRON_VERSION = '41.7.1';

/** check id + file (relative to the scanned tree) → why it is not a problem. */
const JUSTIFIED = {
  'CONTEXT_ISOLATION_JS_CHECK main/index.ts':
    'options come from mainWindowOptions() (contextIsolation: true), which the scanner cannot follow',
  'SANDBOX_JS_CHECK main/index.ts': 'options come from mainWindowOptions() (sandbox: true, set last)',
  'AUXCLICK_JS_CHECK main/index.ts': 'middle-click opens go through setWindowOpenHandler, which denies every window',
  'OPEN_EXTERNAL_JS_CHECK main/shell/web-security.ts':
    'only http(s) URLs from a denied window.open reach openExternal; file:, javascript: and others are dropped',
  'CSP_GLOBAL_CHECK main/shell/web-security.ts':
    'the header is the constant CONTENT_SECURITY_POLICY (the scanner sees a variable and cannot parse it)',
  'CSP_GLOBAL_CHECK renderer/index.html':
    "style-src 'unsafe-inline' only (React style attributes and highlight colours); scripts are 'self' only",
};

const scanRoot = mkdtempSync(join(tmpdir(), 'tagwright-scan-'));
try {
  // One tree with everything that ships and nothing else (no node_modules, no build folders).
  for (const folder of ['main', 'renderer', 'shared']) {
    cpSync(join(repoRoot, folder), join(scanRoot, folder), { recursive: true });
  }
  // SARIF (JSON), not CSV: the CSV's quoted samples can hold commas and line breaks.
  const report = join(scanRoot, 'findings.sarif');
  const bin = join(repoRoot, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const run = spawnSync(
    process.execPath,
    [bin, '-i', scanRoot, '-e', ELECTRON_VERSION, '-r', '-v', 'false', '-o', report],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(2);
  }
  const rows = JSON.parse(readFileSync(report, 'utf8')).runs.flatMap((run) => run.results);
  const unjustified = [];
  for (const result of rows) {
    const check = result.ruleId;
    const where = result.locations?.[0]?.physicalLocation;
    const file = (where?.artifactLocation?.uri ?? '?').replace(/^\.?\/?/, '');
    const location = `${where?.region?.startLine ?? '?'}:${where?.region?.startColumn ?? '?'}`;
    const key = `${check} ${file}`;
    const why = JUSTIFIED[key];
    console.log(
      `${why ? 'justified ' : 'FINDING   '} ${check} ${result.level} ${file}:${location}${why ? ` — ${why}` : ''}`,
    );
    if (!why) unjustified.push(key);
  }
  console.log(`\n${rows.length} findings, ${rows.length - unjustified.length} justified, ${unjustified.length} not.`);
  if (unjustified.length > 0) {
    console.error(
      `Fix these or justify them in docs/security.md and ${import.meta.filename}:\n  ${unjustified.join('\n  ')}`,
    );
    process.exit(1);
  }
} finally {
  rmSync(scanRoot, { recursive: true, force: true });
}
