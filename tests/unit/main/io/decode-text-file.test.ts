import { describe, expect, it } from 'vitest';
import { decodeTextFile, MAX_DOCUMENT_BYTES } from '../../../../main/io/decode-text-file';

const text = 'Mines: 400 000 — “über” 😀';

function utf16(value: string, bigEndian: boolean): Uint8Array {
  const bytes = Buffer.from(value, 'utf16le');
  if (bigEndian) bytes.swap16();
  return new Uint8Array([...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), ...bytes]);
}

describe('decodeTextFile', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeTextFile(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(decodeTextFile(bytes)).toEqual({ ok: true, text, encoding: 'utf-8-bom' });
  });
  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeTextFile(utf16(text, false))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeTextFile(utf16(text, true))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });
  it('refuses binary data, naming the NUL byte', () => {
    const result = decodeTextFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/binary file \(a NUL byte at offset 8\)/) });
  });
  it('refuses invalid UTF-8 (e.g. Latin-1 text)', () => {
    const result = decodeTextFile(Buffer.from('caf\xe9 au lait', 'latin1'));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/not valid UTF-8/) });
  });
  it('refuses control characters that text does not hold', () => {
    expect(decodeTextFile(Buffer.from('abc\u0001def'))).toMatchObject({ ok: false });
  });
  it('refuses a document over the size limit without decoding it', () => {
    const result = decodeTextFile(new Uint8Array(MAX_DOCUMENT_BYTES + 1));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/over the 50\.0 MiB limit/) });
  });
});
