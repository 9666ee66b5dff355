import { RENDERER_URL } from './renderer-address';

/**
 * Chromium and Node switches that open the app to another program (a debugger, a DevTools
 * client, V8 flags). Useful while developing; in a packaged app anyone who can start it with
 * arguments (a shortcut, a file association) could use them to drive a window that holds the bridge.
 */
export const DEVELOPMENT_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'js-flags',
  // Not a debugger, but it turns off the same-origin policy for every page the window loads.
  'disable-web-security',
] as const;

/** What the shell does with development overrides at start-up. */
export interface LaunchOverrides {
  /** The page the window loads: our bundled renderer unless a development server is allowed. */
  rendererUrl: string;
  /** Switches on the command line that must be removed before the app is ready. */
  switchesToRemove: string[];
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Decides which development overrides apply. A packaged app ignores them all: its renderer is
 * always the bundled app:// page, whatever ELECTRON_RENDERER_URL says, and debugging switches are
 * dropped. Unpackaged (npm run dev), electron-vite's dev server is used, but only on loopback http.
 */
export function launchOverrides(
  isPackaged: boolean,
  env: Readonly<Record<string, string | undefined>>,
  hasSwitch: (name: string) => boolean,
): LaunchOverrides {
  if (isPackaged) {
    return { rendererUrl: RENDERER_URL, switchesToRemove: DEVELOPMENT_SWITCHES.filter((s) => hasSwitch(s)) };
  }
  return { rendererUrl: developmentServerUrl(env.ELECTRON_RENDERER_URL) ?? RENDERER_URL, switchesToRemove: [] };
}

function developmentServerUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}
