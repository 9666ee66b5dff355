import { extname } from 'node:path';
import { decodeTextFile } from './decode-text-file';
import { htmlToText } from './html-to-text';

/** Extensions whose text is extracted before import (the others are read as plain text). */
export const RICH_DOCUMENT_EXTENSIONS = ['.html', '.htm', '.docx', '.pdf'];

/**
 * The readable text of an HTML, Word (.docx, via mammoth) or PDF (via pdfjs-dist's legacy
 * build, one line per text line, a blank line between pages) file, as UTF-8 bytes for the usual
 * text import. Throws with a reason a user can read when the file cannot be read.
 */
export async function extractDocumentText(name: string, bytes: Uint8Array): Promise<Uint8Array> {
  const ext = extname(name).toLowerCase();
  let text: string;
  if (ext === '.html' || ext === '.htm') {
    const decoded = decodeTextFile(bytes);
    if (!decoded.ok) throw new Error(decoded.reason);
    text = htmlToText(decoded.text);
  } else if (ext === '.docx') {
    const mammoth = await import('mammoth');
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }).catch(() => {
      throw new Error('it is not a readable Word (.docx) file');
    });
    text = result.value.replace(/\n{3,}/g, '\n\n').trim();
  } else if (ext === '.pdf') {
    text = await pdfText(bytes);
  } else {
    return bytes;
  }
  if (text.trim() === '') throw new Error('no text could be extracted from it');
  return new TextEncoder().encode(text);
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf;
  try {
    pdf = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new Error(`it is not a readable PDF (${(error as Error).message})`, { cause: error });
  }
  const pages: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const content = await page.getTextContent();
    let line = '';
    const lines: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line.trimEnd());
        line = '';
      }
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    pages.push(lines.join('\n').trim());
  }
  await pdf.destroy();
  return pages.filter((p) => p !== '').join('\n\n');
}
