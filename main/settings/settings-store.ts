import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { z } from 'zod';
import { preferencesSchema, type Preferences } from '../../shared/ipc/contract';
import { annotatorSchema } from '../../shared/model';
import type { RecentProject } from '../../shared/ipc/views';
import type { SyncAddressView } from '../../shared/ipc/sync-views';
import { DEFAULT_SUGGESTION_SETTINGS, suggestionSettingsSchema } from '../../shared/suggest/suggestion-settings';

const MAX_RECENT = 10;

const windowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

const syncAddressViewSchema = z.object({
  server: z.string(),
  database: z.string().nullable(),
  live: z.boolean(),
  // Remembered since the app could sync as the curator; an older entry synced as an annotator.
  curator: z.boolean().default(false),
});

const settingsSchema = z.object({
  recent: z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })).default([]),
  // A settings file from before suggestions (or arcs) had settings gets the defaults, not the damaged-file path.
  preferences: preferencesSchema
    .extend({
      suggestions: suggestionSettingsSchema.default(() => structuredClone(DEFAULT_SUGGESTION_SETTINGS)),
      // Settings from before identities: nobody named yet, so the page asks.
      annotator: annotatorSchema.nullable().default(null),
      showArcs: z.boolean().default(true),
    })
    .default(() => ({
      theme: 'light' as const,
      snapToWords: false,
      showArcs: true,
      suggestions: structuredClone(DEFAULT_SUGGESTION_SETTINGS),
      annotator: null,
    })),
  windowBounds: windowBoundsSchema.nullable().default(null),
  /** The sync address each project last used, by project path (never the account). */
  syncAddresses: z.record(z.string(), syncAddressViewSchema).default({}),
});
type Settings = z.infer<typeof settingsSchema>;

/** The user's settings (recent projects, preferences, window placement) in `settings.json`. */
export class SettingsStore {
  /** The last write started: flush() waits for it, so quitting never leaves a change unwritten. */
  #lastWrite: Promise<void> = Promise.resolve();

  private constructor(private readonly db: Low<Settings>) {}

  /** Opens the settings file; a damaged one is set aside as `settings.json.damaged` and defaults used. */
  static async open(userDataDir: string): Promise<SettingsStore> {
    await mkdir(userDataDir, { recursive: true });
    const file = join(userDataDir, 'settings.json');
    const defaults = settingsSchema.parse({});
    const db = new Low<Settings>(
      new DataFile<Settings>(file, {
        parse: (t) => settingsSchema.parse(JSON.parse(t)),
        stringify: (s) => JSON.stringify(s, null, 2),
      }),
      defaults,
    );
    try {
      await db.read();
    } catch {
      await rename(file, `${file}.damaged`).catch(() => {});
      db.data = defaults;
    }
    return new SettingsStore(db);
  }

  get recent(): RecentProject[] {
    return this.db.data.recent;
  }

  async addRecent(path: string, name: string, now = new Date()): Promise<void> {
    const others = this.db.data.recent.filter((r) => r.path !== path);
    this.db.data.recent = [{ path, name, openedAt: now.toISOString() }, ...others].slice(0, MAX_RECENT);
    await this.#write();
  }

  async removeRecent(path: string): Promise<void> {
    this.db.data.recent = this.db.data.recent.filter((r) => r.path !== path);
    await this.#write();
  }

  get preferences(): Preferences {
    return this.db.data.preferences;
  }

  async setPreferences(changes: Partial<Preferences>): Promise<Preferences> {
    this.db.data.preferences = { ...this.db.data.preferences, ...changes };
    await this.#write();
    return this.db.data.preferences;
  }

  /** Resolves once every change made so far is on disk. */
  async flush(): Promise<void> {
    await this.#lastWrite.catch(() => {});
  }

  #write(): Promise<void> {
    this.#lastWrite = this.db.write();
    return this.#lastWrite;
  }

  get windowBounds(): WindowBounds | null {
    return this.db.data.windowBounds;
  }

  async setWindowBounds(bounds: WindowBounds): Promise<void> {
    this.db.data.windowBounds = bounds;
    await this.#write();
  }

  syncAddressOf(projectPath: string): SyncAddressView | null {
    return this.db.data.syncAddresses[projectPath] ?? null;
  }

  async rememberSyncAddress(projectPath: string, address: SyncAddressView): Promise<void> {
    this.db.data.syncAddresses = { ...this.db.data.syncAddresses, [projectPath]: address };
    await this.#write();
  }
}
