import { describe, expect, it } from 'vitest';
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
    expect(next.preferences).toEqual({ theme: 'dark', snapToWords: true });
    expect(next.recent.map((r) => r.path)).toEqual(['/p/a.tagwright']);
  });
});
