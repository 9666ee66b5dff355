import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../../shared/formats/corpus/crc32';
import { readZip } from '../../../../../shared/formats/corpus/zip-reader';
import { ZipWriter } from '../../../../../shared/formats/corpus/zip-writer';
import { inflate } from '../refi-qda/qdpx-files';

const text = (s: string) => new TextEncoder().encode(s);

function storedZip(files: Record<string, string>): Uint8Array {
  const zip = new ZipWriter();
  const parts = Object.entries(files).map(([name, body]) => zip.entry(name, text(body)));
  return Buffer.concat([...parts, zip.finish()]);
}

describe('zip reading', () => {
  it('CRC-32 is the standard one, and continues over an entry written in parts', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(text('56789'), crc32(text('1234')))).toBe(0xcbf43926);
  });

  it('reads what the writer stored, names in UTF-8', () => {
    const files = readZip(storedZip({ 'project.qde': '<Project/>', 'sources/Zoë 😀.txt': 'Zoë 😀' }), inflate, 1000);
    expect([...files.keys()]).toEqual(['project.qde', 'sources/Zoë 😀.txt']);
    expect(new TextDecoder().decode(files.get('sources/Zoë 😀.txt'))).toBe('Zoë 😀');
  });

  it('reads deflated entries, as QualCoder and the other tools write them', async () => {
    const zip = new JSZip();
    zip.file('project.qde', '<Project name="x"/>'.repeat(50));
    zip.folder('sources');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const files = readZip(bytes, inflate, 1 << 20);
    expect([...files.keys()]).toEqual(['project.qde']);
    expect(new TextDecoder().decode(files.get('project.qde'))).toBe('<Project name="x"/>'.repeat(50));
  });

  it('refuses a file that is not a zip, one cut short, and one whose data is damaged, saying which', () => {
    expect(() => readZip(text('<Project/>'), inflate, 1000)).toThrow(/not a zip archive/);
    const whole = storedZip({ 'project.qde': '<Project name="x"/>' });
    expect(() => readZip(whole.subarray(0, 40), inflate, 1000)).toThrow(/not a zip archive/);
    const damaged = Uint8Array.from(whole);
    const inData = 30 + 'project.qde'.length + 3; // a byte of the entry's data
    damaged[inData] = damaged[inData]! ^ 0xff;
    expect(() => readZip(damaged, inflate, 1000)).toThrow(
      'project.qde is damaged (its size or checksum does not match)',
    );
  });

  it('refuses an archive that unpacks to more than it may', () => {
    expect(() => readZip(storedZip({ 'a.txt': 'x'.repeat(600), 'b.txt': 'y'.repeat(600) }), inflate, 1000)).toThrow(
      /unpacks to over/,
    );
  });
});
