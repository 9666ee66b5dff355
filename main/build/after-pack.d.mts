// Types for the electron-builder afterPack hook (plain JS so electron-builder loads it without a build).

/** The part of electron-builder's AfterPackContext the hook reads. */
export interface PackedAppContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

/** Fuse settings keyed by @electron/fuses' FuseV1Options index, plus version and strictness. */
export declare const tagwrightFuses: Record<string, unknown>;
export declare function executablePathOf(context: PackedAppContext): string;
export declare function afterPack(context: PackedAppContext): Promise<void>;
export default afterPack;
