import { open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTextFile, MAX_DOCUMENT_BYTES } from '../../../../main/io/decode-text-file';
import { buildDocuments } from '../../../../main/service/build-documents';
import { ProjectService } from '../../../../main/service/project-service';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');
const at = new Date('2026-01-01T00:00:00Z');
let counter = 0;
const newId = () => `id${counter++}`;

/** Invalid UTF-8: lone continuation bytes, overlongs, surrogates encoded in UTF-8, truncated sequences. */
const invalidUtf8 = fc.constantFrom([0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98], [0xff], [0xe2, 0x82]);

describe('text importer under bad input', () => {
  it('random bytes decode to text or are refused with a reason, never thrown', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const decoded = decodeTextFile(bytes);
        if (decoded.ok) expect(typeof decoded.text).toBe('string');
        else expect(decoded.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 2000 },
    );
  });

  it('text with invalid UTF-8 spliced in anywhere is refused, not guessed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), invalidUtf8, fc.nat(), (text, bad, at) => {
        // Cut between characters, so the bad bytes cannot complete a neighbour into a valid sequence.
        // eslint-disable-next-line no-control-regex -- control characters would make the text look binary
        const chars = Array.from(text.replace(/[\u0000-\u001f]/g, ' '));
        const cut = at % (chars.length + 1);
        const bytes = Buffer.concat([
          Buffer.from(chars.slice(0, cut).join(''), 'utf8'),
          Buffer.from(bad),
          Buffer.from(chars.slice(cut).join(''), 'utf8'),
        ]);
        // A leading 0xff 0xfe would be read as a UTF-16 BOM: a different, legitimate decoding.
        fc.pre(!(bytes[0] === 0xff && bytes[1] === 0xfe));
        const decoded = decodeTextFile(bytes);
        expect(decoded.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('buildDocuments over random files imports the text ones and reports each of the others', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ name: fc.string({ minLength: 1, maxLength: 40 }), bytes: fc.uint8Array({ maxLength: 512 }) }),
          {
            maxLength: 8,
          },
        ),
        (files) => {
          const { documents, report } = buildDocuments(files, [], newId, at);
          expect(report.imported.length + report.duplicates.length + report.problems.length).toBe(files.length);
          expect(documents).toHaveLength(report.imported.length);
          for (const d of documents) expect(d.text).not.toMatch(/\r/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a 100 MB file is refused at once with its size, by bytes and from disk, and the project is unchanged', async () => {
    const huge = new Uint8Array(100 * 1024 * 1024).fill(0x61);
    const started = Date.now();
    const decoded = decodeTextFile(huge);
    expect(decoded).toMatchObject({ ok: false });
    expect(!decoded.ok && decoded.reason).toMatch(/100\.0 MiB, over the 50\.0 MiB limit/);
    expect(huge.length).toBeGreaterThan(MAX_DOCUMENT_BYTES);

    const dir = await tempDir();
    const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5 });
    await service.createProject(join(dir, 'p.tagwright'), 'P');
    const { report } = service.importFiles([{ name: 'huge.txt', bytes: huge }]);
    expect(report.imported).toEqual([]);
    expect(report.problems[0]!.message).toMatch(/huge\.txt was not imported: it is 100\.0 MiB/);
    // From disk: a sparse 100 MB file is refused by its size before it is read.
    const path = join(dir, 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(100 * 1024 * 1024);
    await handle.close();
    const { report: fromDisk } = await service.importPaths([path]);
    expect(fromDisk.imported).toEqual([]);
    expect(fromDisk.problems[0]!.message).toMatch(/100\.0 MiB, over the 50 MiB limit/);
    expect(service.listDocuments()).toEqual([]);
    console.log(`importer: 100 MB file refused (bytes and disk) in ${Date.now() - started} ms`);
    await service.closeProject();
  });
});
