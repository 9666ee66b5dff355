import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLines, FileLinesError, firstLine } from '../../../../main/io/file-lines';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

/** Every line fileLines hands over for `bytes`, read `chunkBytes` at a time. */
async function linesOf(bytes: Uint8Array | string, chunkBytes: number): Promise<[string, number][]> {
  const path = join(await tempDir(), 'f.jsonl');
  await writeFile(path, bytes);
  const all: [string, number][] = [];
  for await (const lines of fileLines(path, chunkBytes)) for (const line of lines) all.push(line);
  return all;
}

describe('fileLines: a big file a chunk at a time', () => {
  const text = '\uFEFF{"a":"Zoë 😀"}\r\n\n  \n{"b":"北京"}\n{"c":"last, no line break"}';

  it('gives the same lines and numbers whatever the chunk size, cutting characters and CRLF pairs', async () => {
    const expected: [string, number][] = [
      ['{"a":"Zoë 😀"}', 1],
      ['{"b":"北京"}', 4],
      ['{"c":"last, no line break"}', 5],
    ];
    // 1 byte at a time cuts every multi-byte character and the CR from its LF.
    for (const chunk of [1, 2, 3, 7, 1 << 20]) expect(await linesOf(text, chunk), `chunk ${chunk}`).toEqual(expected);
  });

  it('refuses bytes that are not UTF-8, naming the line', async () => {
    const bytes = Buffer.concat([Buffer.from('{"a":1}\n{"b":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]);
    await expect(linesOf(bytes, 4)).rejects.toEqual(new FileLinesError('is not valid UTF-8 text (at line 2)'));
  });

  it("firstLine reads a file's first non-blank line only; null for a file that is not UTF-8", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.jsonl'), `\n\n{"first":true}\n${'x'.repeat(1 << 20)}\n`);
    expect(await firstLine(join(dir, 'a.jsonl'))).toBe('{"first":true}');
    await writeFile(join(dir, 'utf16.jsonl'), Buffer.from('\uFEFF{"a":1}\n', 'utf16le'));
    expect(await firstLine(join(dir, 'utf16.jsonl'))).toBeNull();
  });
});
