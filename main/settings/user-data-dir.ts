import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where Tagwright keeps settings and the sample project when Electron is not there to say:
 * the same folder Electron's `app.getPath('userData')` gives, so the app and the CLI agree.
 */
export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Tagwright');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Tagwright');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Tagwright');
}
