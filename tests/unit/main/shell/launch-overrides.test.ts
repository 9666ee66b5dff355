import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_SWITCHES, launchOverrides } from '../../../../main/shell/launch-overrides';

const APP_PAGE = 'app://tagwright/index.html';
const everySwitch = () => true;
const noSwitch = () => false;

describe('development overrides at start-up', () => {
  it('a packaged app loads its bundled page whatever ELECTRON_RENDERER_URL says', () => {
    for (const url of ['https://evil.example/', 'http://127.0.0.1:5173/', 'file:///tmp/page.html']) {
      expect(launchOverrides(true, { ELECTRON_RENDERER_URL: url }, noSwitch).rendererUrl).toBe(APP_PAGE);
    }
  });

  it('a packaged app drops every debugging switch it was started with, and only those', () => {
    const given = new Set(['remote-debugging-port', 'inspect', 'lang']);
    const { switchesToRemove } = launchOverrides(true, {}, (name) => given.has(name));
    expect(switchesToRemove.sort()).toEqual(['inspect', 'remote-debugging-port']);
    expect(launchOverrides(true, {}, everySwitch).switchesToRemove).toEqual([...DEVELOPMENT_SWITCHES]);
  });

  it('unpackaged, the dev server is used, but only on loopback http', () => {
    const dev = (url: string | undefined) => launchOverrides(false, { ELECTRON_RENDERER_URL: url }, everySwitch);
    expect(dev('http://localhost:5173/').rendererUrl).toBe('http://localhost:5173/');
    expect(dev('http://127.0.0.1:5173').rendererUrl).toBe('http://127.0.0.1:5173/');
    expect(dev(undefined).rendererUrl).toBe(APP_PAGE);
    for (const url of ['https://evil.example/', 'http://192.168.1.5:5173/', 'file:///tmp/x.html', 'not a url']) {
      expect(dev(url).rendererUrl).toBe(APP_PAGE);
    }
    expect(dev(undefined).switchesToRemove).toEqual([]);
  });
});
