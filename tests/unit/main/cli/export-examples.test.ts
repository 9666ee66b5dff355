import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, type FormatName } from '../../../../shared/formats/format-facts';
import { exporters } from '../../../../shared/formats/format-registry';
import { runCli } from '../../../../main/cli/run-cli';
import { createAnnotatedSample } from '../../../fixtures/formats/annotated-sample';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const repoRoot = resolve(import.meta.dirname, '../../../..');
const examplesDir = join(repoRoot, 'docs/examples');

/** Every format, and each form but the first of a format written in several (doccano's `relations`). */
const EXAMPLES: [FormatName, string | undefined][] = FORMAT_NAMES.flatMap((format) => [
  [format, undefined] as [FormatName, undefined],
  ...(exporters[format].forms ?? []).slice(1).map((f): [FormatName, string] => [format, f.name]),
]);

/** Where the committed example of a format (in a form other than its first) lives. */
function examplePath(format: FormatName, form: string | undefined): string {
  const exporter = exporters[format];
  if (exporter.output === 'folder') return join(examplesDir, format);
  const name = form ? `${format}-${form}` : format;
  return join(
    examplesDir,
    exporter.extension === `.${name}` ? `sample${exporter.extension}` : `sample.${name}${exporter.extension}`,
  );
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('docs/examples: the sample project exported in every format through the CLI', () => {
  // UPDATE_EXAMPLES=1 rewrites docs/examples from the annotated sample (tests/fixtures/formats/annotated-sample.ts).
  it('the committed examples are what `tagwright export` writes today', async () => {
    const dir = await tempDir();
    const project = await createAnnotatedSample(dir, join(repoRoot, 'seeds'));
    for (const [format, form] of EXAMPLES) {
      const out = join(dir, 'out', examplePath(format, form).slice(examplesDir.length + 1));
      const args = ['export', project, '--format', format, ...(form ? ['--form', form] : []), '--out', out, '--json'];
      const code = await runCli(args, {
        stdout: () => undefined,
        stderr: (t) => process.stderr.write(t),
        userDataDir: join(dir, 'user-data'),
        seedsDir: join(repoRoot, 'seeds'),
        cwd: dir,
      });
      expect(code, format).toBe(0);
      const committed = examplePath(format, form);
      if (process.env.UPDATE_EXAMPLES) {
        rmSync(committed, { recursive: true, force: true });
        if (exporters[format].output === 'folder') {
          mkdirSync(committed, { recursive: true });
          for (const f of listFiles(out)) writeFileSync(join(committed, f), readFileSync(join(out, f)));
        } else {
          mkdirSync(examplesDir, { recursive: true });
          writeFileSync(committed, readFileSync(out));
        }
      }
      expect(existsSync(committed), committed).toBe(true);
      if (exporters[format].output === 'folder') {
        expect(listFiles(out)).toEqual(listFiles(committed));
        for (const f of listFiles(out))
          expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(committed, f), 'utf8'));
      } else {
        expect(readFileSync(out, 'utf8'), format).toBe(readFileSync(committed, 'utf8'));
        // Every byte too: a binary format's (REFI-QDA's zip) differences may not survive decoding.
        expect(readFileSync(out).equals(readFileSync(committed)), format).toBe(true);
      }
    }
  });
});
