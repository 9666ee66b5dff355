// electron-builder afterPack hook: flips Electron's fuses in the packed app before it is signed,
// so a packaged Tagwright cannot be turned into a general Node runtime or debugged into.
// electron-builder.yml: `afterPack: ./main/build/after-pack.mjs`.
import { join } from 'node:path';
import fuses from '@electron/fuses';

// @electron/fuses is CommonJS: take its exports from the default import.
const { flipFuses, FuseV1Options, FuseVersion } = fuses;

/** The fuse settings, one per Electron fuse (strict: a new fuse in a newer Electron must be decided). */
export const tagwrightFuses = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node that runs any script.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let anyone inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // electron-builder embeds the asar hash on macOS and Windows; Linux ignores this fuse.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer comes from app://tagwright/ (main/shell/app-protocol.ts): file:// needs no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packed Electron executable that carries the fuse wire, per platform. */
export function executablePathOf(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return join(appOutDir, `${productFilename}.app`);
  }
  if (electronPlatformName === 'win32') return join(appOutDir, `${productFilename}.exe`);
  return join(appOutDir, packager.executableName ?? productFilename);
}

export async function afterPack(context) {
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(executablePathOf(context), {
    ...tagwrightFuses,
    // An arm64 macOS binary must be re-signed ad hoc after its bytes change, or it will not start.
    resetAdHocDarwinSignature: isMac && context.arch === 3,
  });
}

export default afterPack;
