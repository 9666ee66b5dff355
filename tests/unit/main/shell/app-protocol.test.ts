import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../../../support/temp-dir';

// Only Electron's shell API is faked; the handler under test is ours.
const fake = vi.hoisted(() => ({
  schemes: [] as unknown[],
  handlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
}));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.schemes.push(...schemes),
    handle: (scheme: string, fn: (request: { url: string }) => Promise<Response>) => fake.handlers.set(scheme, fn),
  },
}));

const { RENDERER_URL, registerAppScheme, serveRenderer } = await import('../../../../main/shell/app-protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../../../main/shell/window-options');
const tempDir = useTempDirs();

async function rendererFolder(): Promise<string> {
  const dir = await tempDir();
  const root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Tagwright</title>');
  await writeFile(join(root, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'not for the page');
  await symlink(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
  return root;
}

describe('the app:// scheme that serves the renderer (instead of file://)', () => {
  it('is registered as a standard, secure scheme before the app is ready', () => {
    registerAppScheme();
    expect(fake.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(RENDERER_URL).toBe('app://tagwright/index.html');
  });

  it('serves the built files with our CSP, and nothing else', async () => {
    serveRenderer(await rendererFolder());
    const handle = fake.handlers.get('app')!;
    const page = await handle({ url: RENDERER_URL });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Tagwright</title>');
    expect((await handle({ url: 'app://tagwright/assets/index.js' })).headers.get('content-type')).toMatch(
      /javascript/,
    );
    for (const url of [
      'app://tagwright/../secret.txt',
      'app://tagwright/%2e%2e/secret.txt',
      'app://tagwright/assets/link.txt',
      'app://tagwright/assets/',
      'app://other-host/index.html',
      'app://tagwright/missing.js',
    ]) {
      expect((await handle({ url })).status, url).toBe(404);
    }
  });
});
