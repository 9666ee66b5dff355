import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDir, repoRoot } from './harness';

/** The Electron binary's path, or null where it was never downloaded (as on the build machine). */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown as string;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

test('the real app starts, offers the sample project and opens it', async () => {
  const binary = electronBinary();
  test.skip(binary === null, 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): run on a machine with it');
  const userData = await mkdtemp(join(tmpdir(), 'tagwright-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [join(buildDir, 'main', 'index.js'), `--user-data-dir=${userData}`],
    cwd: repoRoot,
  });
  try {
    const window = await app.firstWindow();
    await window.getByRole('button', { name: /sample project/i }).click();
    await expect(window.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(5);
    await expect.poll(() => window.title()).toMatch(/Sample project/);
    // The page has no Node: the bridge is the only way out.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});
