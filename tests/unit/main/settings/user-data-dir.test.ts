import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir } from '../../../../main/settings/user-data-dir';

describe('defaultUserDataDir (the folder Electron would use)', () => {
  it('follows XDG on Linux', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/x/config' }, 'linux')).toBe('/x/config/Tagwright');
    expect(defaultUserDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Tagwright'));
  });
  it('uses APPDATA on Windows and Application Support on macOS', () => {
    expect(defaultUserDataDir({ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32')).toBe(
      join('C:/Users/a/AppData/Roaming', 'Tagwright'),
    );
    expect(defaultUserDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Tagwright'));
  });
});
