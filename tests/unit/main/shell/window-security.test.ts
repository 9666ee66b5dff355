import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { callChannel, callNames, eventNames } from '../../../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY, mainWindowOptions } from '../../../../main/shell/window-options';
import { ProjectService } from '../../../../main/service/project-service';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { useTempDirs } from '../../../support/temp-dir';

// A minimal fake of Electron's own API objects (the only mock allowed): it records what our shell
// code registers, so the test can call those handlers the way Electron would.
const fake = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  const state = {
    permissionRequest: null as Handler | null,
    permissionCheck: null as Handler | null,
    headersReceived: null as Handler | null,
    appListeners: new Map<string, Handler>(),
    ipcHandlers: new Map<string, Handler>(),
    exposed: new Map<string, unknown>(),
    invoked: [] as [string, unknown][],
    openedExternally: [] as string[],
    windows: new Set<unknown>(),
  };
  return state;
});

vi.mock('electron', () => ({
  app: { on: (event: string, fn: (...args: unknown[]) => unknown) => fake.appListeners.set(event, fn) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: (...args: unknown[]) => unknown) => (fake.permissionRequest = fn),
      setPermissionCheckHandler: (fn: (...args: unknown[]) => unknown) => (fake.permissionCheck = fn),
      webRequest: { onHeadersReceived: (fn: (...args: unknown[]) => unknown) => (fake.headersReceived = fn) },
    },
  },
  shell: { openExternal: async (url: string) => void fake.openedExternally.push(url) },
  ipcMain: {
    handle: (channel: string, fn: (...args: unknown[]) => unknown) => fake.ipcHandlers.set(channel, fn),
    removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
  },
  BrowserWindow: {
    fromWebContents: (contents: unknown) => (fake.windows.has(contents) ? {} : null),
    getAllWindows: () => [],
  },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => void fake.invoked.push([channel, input]),
    on: () => {},
    removeListener: () => {},
  },
}));

const tempDir = useTempDirs();
const OWN = 'file:///opt/Tagwright/resources/app.asar/out/renderer/index.html';
const isOwnUrl = (url: string) => url.split(/[?#]/)[0] === OWN;

/** A fake WebContents that records the listeners our guards attach. */
function fakeContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    listeners,
    open: (url: string) => openHandler!({ url }),
    on: (event: string, fn: (...args: unknown[]) => void) => listeners.set(event, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
  };
}

/** Fires a will-* event and reports whether our handler blocked it. */
function blocked(contents: ReturnType<typeof fakeContents>, event: string, url: string): boolean {
  let prevented = false;
  contents.listeners.get(event)!({ preventDefault: () => (prevented = true) }, url);
  return prevented;
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

beforeEach(() => {
  fake.ipcHandlers.clear();
  fake.openedExternally.length = 0;
});

describe('window options', () => {
  const options = mainWindowOptions('/app/preload/index.cjs', null);
  const web = options.webPreferences!;

  it('isolates and sandboxes the page, with no Node anywhere', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.preload).toBe('/app/preload/index.cjs');
  });

  it('keeps web security on: no insecure content, no experimental features, no webview, no drag-navigation', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web).not.toHaveProperty('enableBlinkFeatures');
  });

  it('sets sandbox last, so no option spread above it can turn it off', () => {
    expect(Object.keys(web).at(-1)).toBe('sandbox');
  });

  it('has a strict Content-Security-Policy: nothing remote, no inline or eval scripts, no plugins, no framing', () => {
    const csp = directives(CONTENT_SECURITY_POLICY);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.has('object-src')).toBe(false); // falls back to default-src 'none'
    for (const [name, values] of csp) {
      for (const value of values) {
        expect(value, `${name} ${value}`).not.toMatch(/^(\*|https?:|wss?:|blob:|'unsafe-eval'|'wasm-unsafe-eval')/);
        if (name !== 'style-src') expect(value, `${name} ${value}`).not.toBe("'unsafe-inline'");
      }
    }
  });

  it('the page carries the same policy in its meta tag (what applies before any header)', async () => {
    const html = await readFile(resolve(import.meta.dirname, '../../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const fromMeta = directives(meta!);
    for (const [name, values] of directives(CONTENT_SECURITY_POLICY)) {
      // frame-ancestors is ignored in a meta tag; the header carries it.
      if (name === 'frame-ancestors') continue;
      expect(fromMeta.get(name), name).toEqual(values);
    }
  });
});

describe('app-wide web guards (web-security.ts)', () => {
  it('denies every permission request and check, and adds the CSP header to every response', async () => {
    const { installWebSecurity } = await import('../../../../main/shell/web-security');
    installWebSecurity(isOwnUrl);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | null = null;
      fake.permissionRequest!({}, permission, (answer: boolean) => (granted = answer));
      expect(granted, permission).toBe(false);
      expect(fake.permissionCheck!({}, permission)).toBe(false);
    }
    let headers: Record<string, string[]> = {};
    fake.headersReceived!(
      { responseHeaders: { 'X-Other': ['1'] } },
      (r: { responseHeaders: Record<string, string[]> }) => {
        headers = r.responseHeaders;
      },
    );
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['X-Other']).toEqual(['1']);
  });

  it('blocks navigation and redirects away from our page, webviews, and every window.open', async () => {
    const { installWebSecurity } = await import('../../../../main/shell/web-security');
    installWebSecurity(isOwnUrl);
    const contents = fakeContents();
    fake.appListeners.get('web-contents-created')!({}, contents);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x']) {
      expect(blocked(contents, 'will-navigate', url), url).toBe(true);
      expect(blocked(contents, 'will-redirect', url), url).toBe(true);
    }
    expect(blocked(contents, 'will-navigate', `${OWN}#doc`)).toBe(false);
    expect(blocked(contents, 'will-attach-webview', 'about:blank')).toBe(true);
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', OWN]) {
      expect(contents.open(url)).toEqual({ action: 'deny' });
    }
    // Only http(s) links go to the system browser; nothing else is handed to the OS.
    expect(fake.openedExternally).toEqual(['https://example.org/']);
  });
});

describe('IPC binding (ipc-binding.ts)', () => {
  async function bound() {
    const dir = await tempDir();
    const service = await ProjectService.create({
      userDataDir: join(dir, 'data'),
      seedsDir: resolve(import.meta.dirname, '../../../../seeds'),
    });
    const { bindIpc } = await import('../../../../main/shell/ipc-binding');
    bindIpc(createCallHandlers(service, noDialogs), service.events, isOwnUrl);
    return service;
  }

  it('registers exactly one handler per contract call', async () => {
    await bound();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(callNames.map(callChannel).sort());
  });

  it('answers only the main frame of one of our windows showing our page', async () => {
    await bound();
    const handler = fake.ipcHandlers.get(callChannel('getSession'))!;
    const ours = {};
    fake.windows.add(ours);
    const frame = (url: string, parent: unknown = null) => ({ url, parent });
    const cases: [string, unknown, boolean][] = [
      ['our page, main frame', { sender: ours, senderFrame: frame(OWN) }, true],
      ['a sub-frame of our page', { sender: ours, senderFrame: frame(OWN, {}) }, false],
      ['a remote page in our window', { sender: ours, senderFrame: frame('https://evil.example/') }, false],
      ['a window that is not ours', { sender: {}, senderFrame: frame(OWN) }, false],
      ['no frame (destroyed)', { sender: ours, senderFrame: null }, false],
    ];
    for (const [what, event, allowed] of cases) {
      const result = (await handler(event, {})) as { ok: boolean; error?: { code: string } };
      if (allowed) expect(result.ok, what).toBe(true);
      else expect(result, what).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});

describe('preload bridge (preload/index.ts)', () => {
  it('exposes a frozen object with one function per contract call and `on`, nothing else', async () => {
    await import('../../../../main/preload/index');
    expect([...fake.exposed.keys()]).toEqual(['tagwright']);
    const api = fake.exposed.get('tagwright') as Record<string, unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...callNames, 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
    await (api.getSession as (input: unknown) => Promise<unknown>)({ x: 1 });
    expect(fake.invoked.at(-1)).toEqual([callChannel('getSession'), { x: 1 }]);
    const on = api.on as (event: string, listener: unknown) => () => void;
    expect(() => on('not-an-event', () => {})).toThrow(/Unknown event/);
    expect(() => on(eventNames[0]!, 'not a function')).toThrow(/Unknown event/);
    expect(typeof on(eventNames[0]!, () => {})).toBe('function');
  });
});

describe('fuses for packaged builds (main/build/after-pack.mjs)', () => {
  const require = createRequire(import.meta.url);
  const hookModule = import('../../../../main/build/after-pack.mjs');
  const { FuseV1Options, getCurrentFuseWire } = require('@electron/fuses') as typeof import('@electron/fuses');
  // The wire stores each fuse as an ASCII digit: '0' disabled, '1' enabled.
  const FuseState = { DISABLE: '0'.charCodeAt(0), ENABLE: '1'.charCodeAt(0) };

  it('decides every fuse: no run-as-node, no NODE_OPTIONS, no inspector, asar only and verified', async () => {
    const fuses = (await hookModule).tagwrightFuses;
    expect(fuses.strictlyRequireAllFuses).toBe(true);
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
    // The renderer comes from app://, so file:// keeps no extra privileges.
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('flips the fuse wire of the packed executable (a stand-in binary with a real wire layout)', async () => {
    const hook = await hookModule;
    const dir = await tempDir();
    const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
    const allEnabled = '1'.repeat(8); // every fuse starts enabled, as in a stock Electron
    const { writeFile } = await import('node:fs/promises');
    const exe = join(dir, 'tagwright');
    await writeFile(
      exe,
      Buffer.concat([
        Buffer.from('ELF...'),
        Buffer.from(sentinel),
        Buffer.from([1, 8]),
        Buffer.from(allEnabled),
        Buffer.from('...'),
      ]),
    );
    const context = {
      appOutDir: dir,
      electronPlatformName: 'linux',
      arch: 1,
      packager: { appInfo: { productFilename: 'Tagwright' }, executableName: 'tagwright' },
    };
    expect(hook.executablePathOf(context)).toBe(exe);
    await hook.afterPack(context);
    const wire = (await getCurrentFuseWire(exe)) as unknown as Record<number, number>;
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(hook.executablePathOf({ ...context, electronPlatformName: 'win32' })).toBe(join(dir, 'Tagwright.exe'));
    expect(hook.executablePathOf({ ...context, electronPlatformName: 'darwin' })).toBe(join(dir, 'Tagwright.app'));
  });
});
