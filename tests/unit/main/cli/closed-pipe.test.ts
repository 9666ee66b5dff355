import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const bin = resolve(import.meta.dirname, '../../../../main/cli/bin.js');

describe('a closed pipe (`tagwright stats P --json | head -c 10`)', () => {
  it('ends the output quietly: no stack trace, exit code 0', async () => {
    const dir = await tempDir();
    const texts = join(dir, 'texts');
    await mkdir(texts);
    // Enough documents that the JSON is far larger than a pipe's buffer (64 KiB), so the CLI is
    // still writing when the reader goes away.
    for (let i = 0; i < 1500; i++) {
      await writeFile(join(texts, `report-${i}.txt`), `Report number ${i} on the mine maps of the region\nBody ${i}.`);
    }
    expect((await runCliInProcess(['import', 'big.tagwright', 'texts'], dir)).code).toBe(0);

    const child = spawn(process.execPath, [bin, 'stats', join(dir, 'big.tagwright'), '--json'], {
      env: { ...process.env, XDG_CONFIG_HOME: join(dir, 'config') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const head = await new Promise<string>((done) => {
      child.stdout.once('data', (chunk: Buffer) => {
        // As `head -c 10` does: take ten bytes, then close the pipe.
        child.stdout.destroy();
        done(chunk.subarray(0, 10).toString('utf8'));
      });
    });
    const code = await new Promise<number | null>((done) => child.once('close', (c) => done(c)));
    expect(head).toBe('{\n  "proje');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
