import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocumentText } from '../../../../main/io/extract-document-text';
import { htmlToText } from '../../../../main/io/html-to-text';
import { collectImportFiles } from '../../../../main/io/collect-import-files';
import { useTempDirs } from '../../../support/temp-dir';
import { minimalDocx, minimalPdf } from './rich-document-files';

const tempDir = useTempDirs();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('HTML to readable text', () => {
  it('drops head, scripts, styles and comments; blocks become paragraphs; entities decode', () => {
    const html = `<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head>
      <body><script>alert("x")</script><!-- hidden -->
      <h1>Mine  maps</h1><p>Only 25&nbsp;% were <b>accurate</b>, said&#32;Baku &amp; Zo&euml;.<br>New line &#x1F600;</p>
      <ul><li>one</li><li>two</li></ul><pre>  keep
   spaces</pre><p>caf&#233; &unknown; <img alt="a map" src="m.png"></p></body></html>`;
    expect(htmlToText(html)).toBe(
      'Mine maps\n\nOnly 25\u00a0% were accurate, said Baku & Zoë.\nNew line 😀\n\none\n\ntwo\n\n  keep\n   spaces\n\ncafé &unknown; a map',
    );
  });

  it("leaves references named like Object.prototype's members as written", () => {
    expect(htmlToText('<p>a &constructor; b &toString; c &__proto__; &amp;</p>')).toBe(
      'a &constructor; b &toString; c &__proto__; &',
    );
  });
});

describe('rich documents', () => {
  it('reads a .docx through mammoth, one paragraph per line', async () => {
    const bytes = await extractDocumentText(
      'a.docx',
      minimalDocx(['Armenia provided maps.', 'Only 25% were accurate — Zoë 😀']),
    );
    expect(text(bytes)).toBe('Armenia provided maps.\n\nOnly 25% were accurate — Zoë 😀');
  });

  it('reads a .pdf through pdfjs-dist', async () => {
    const bytes = await extractDocumentText('a.pdf', minimalPdf(['Armenia provided maps.', 'Only 25% were accurate.']));
    expect(text(bytes)).toBe('Armenia provided maps.\nOnly 25% were accurate.');
  });

  it('reports files that are not what their name says', async () => {
    await expect(extractDocumentText('bad.docx', new TextEncoder().encode('not a zip'))).rejects.toThrow(
      /not a readable Word/,
    );
    await expect(extractDocumentText('bad.pdf', new TextEncoder().encode('not a pdf'))).rejects.toThrow(
      /not a readable PDF/,
    );
  });

  it('a folder import picks up .html, .docx and .pdf as their text, and reports a broken one', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.html'), '<p>Hello <i>HTML</i></p>');
    await writeFile(join(dir, 'b.docx'), minimalDocx(['Hello Word']));
    await writeFile(join(dir, 'c.pdf'), minimalPdf(['Hello PDF']));
    await writeFile(join(dir, 'd.pdf'), 'broken');
    const collected = await collectImportFiles([dir]);
    expect(collected.files.map((f) => [f.name.slice(dir.length + 1), text(f.bytes)])).toEqual([
      ['a.html', 'Hello HTML'],
      ['b.docx', 'Hello Word'],
      ['c.pdf', 'Hello PDF'],
    ]);
    expect(collected.problems).toEqual([
      { fileName: join(dir, 'd.pdf'), message: expect.stringMatching(/^was not imported: it is not a readable PDF/) },
    ]);
  });
});
