import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUGGESTION_SETTINGS } from '../../../../shared/suggest/suggestion-settings';
import { SettingsStore } from '../../../../main/settings/settings-store';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

describe('SettingsStore', () => {
  it('flush waits for changes not awaited by their caller, so the next start reads them', async () => {
    const dir = await tempDir();
    const settings = await SettingsStore.open(dir);
    void settings.setPreferences({ snapToWords: true });
    void settings.addRecent('/p/a.tagwright', 'A');
    void settings.setPreferences({ theme: 'dark' });
    await settings.flush();
    const next = await SettingsStore.open(dir);
    expect(next.preferences).toEqual({
      theme: 'dark',
      snapToWords: true,
      suggestions: DEFAULT_SUGGESTION_SETTINGS,
      showArcs: true,
      annotator: null,
    });
    expect(next.recent.map((r) => r.path)).toEqual(['/p/a.tagwright']);
  });

  it('reads a settings file from before suggestion settings and arcs: its preferences kept, the defaults added', async () => {
    const dir = await tempDir();
    const recent = [{ path: '/p/a.tagwright', name: 'A', openedAt: '2026-01-01T00:00:00.000Z' }];
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({ recent, preferences: { theme: 'dark', snapToWords: true } }),
    );
    const settings = await SettingsStore.open(dir);
    expect(settings.preferences).toEqual({
      theme: 'dark',
      snapToWords: true,
      showArcs: true,
      suggestions: DEFAULT_SUGGESTION_SETTINGS,
      // Nobody named yet: the page asks.
      annotator: null,
    });
    expect(settings.recent).toEqual(recent);
  });

  it('keeps the suggestion settings when another preference changes, and reads them back at the next start', async () => {
    const dir = await tempDir();
    const settings = await SettingsStore.open(dir);
    const suggestions = {
      ...DEFAULT_SUGGESTION_SETTINGS,
      nlp: false,
      labels: { ...DEFAULT_SUGGESTION_SETTINGS.labels, date: null },
    };
    await settings.setPreferences({ suggestions });
    await settings.setPreferences({ theme: 'dark' });
    const written = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as { preferences: unknown };
    expect(written.preferences).toEqual({
      theme: 'dark',
      snapToWords: false,
      showArcs: true,
      suggestions,
      annotator: null,
    });
    expect((await SettingsStore.open(dir)).preferences).toEqual({
      theme: 'dark',
      snapToWords: false,
      showArcs: true,
      suggestions,
      annotator: null,
    });
  });

  it('remembers arcs hidden at the next start', async () => {
    const dir = await tempDir();
    await (await SettingsStore.open(dir)).setPreferences({ showArcs: false });
    expect((await SettingsStore.open(dir)).preferences.showArcs).toBe(false);
  });

  it('remembers syncing as the curator per project; an address saved before the curator box reads as an annotator', async () => {
    const dir = await tempDir();
    const older = { server: 'https://couch.example.org/', database: 'team', live: true };
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ syncAddresses: { '/p/a.tagwright': older } }));
    const settings = await SettingsStore.open(dir);
    expect(settings.syncAddressOf('/p/a.tagwright')).toEqual({ ...older, curator: false });

    await settings.rememberSyncAddress('/p/b.tagwright', { ...older, curator: true });
    await settings.flush();
    const next = await SettingsStore.open(dir);
    expect(next.syncAddressOf('/p/b.tagwright')).toEqual({ ...older, curator: true });
    expect(next.syncAddressOf('/p/a.tagwright')).toEqual({ ...older, curator: false });
  });
});
