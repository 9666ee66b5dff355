import { z } from 'zod';
import { DurableTextFile } from '../store/durable-text-file';

const FORMAT = 'tagwright-sync-state';
const fileSchema = z.object({
  format: z.literal(FORMAT),
  databases: z.record(z.string(), z.array(z.string())),
});

/**
 * What this project has published to each database, beside it (`<project>.sync.json`). Only what
 * it published and no longer has becomes a tombstone: a new copy of a project (another machine, a
 * file restored) receives its annotator's layer from the server instead of deleting it there.
 */
export class PublishedLayerFile {
  private constructor(
    private readonly file: DurableTextFile,
    private readonly state: z.infer<typeof fileSchema>,
  ) {}

  static async open(projectPath: string): Promise<PublishedLayerFile> {
    const file = new DurableTextFile(`${projectPath}.sync.json`);
    const text = await file.read();
    if (text === null) return new PublishedLayerFile(file, { format: FORMAT, databases: {} });
    const parsed = fileSchema.safeParse(safeJson(text));
    if (!parsed.success) {
      throw new Error(
        `${file.path} is not a Tagwright sync state file (${parsed.error.issues[0]?.message}); move it away to sync again.`,
      );
    }
    return new PublishedLayerFile(file, parsed.data);
  }

  /** The sync ids published to a database (its url without credentials). */
  published(url: string): ReadonlySet<string> {
    return new Set(this.state.databases[url] ?? []);
  }

  async record(url: string, ids: Iterable<string>): Promise<void> {
    this.state.databases[url] = [...ids].sort();
    await this.file.write(`${JSON.stringify(this.state, null, 1)}\n`);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
