import type { DocumentSource } from '../../shared/model';

/** Largest document Tagwright imports: bigger files are refused before decoding. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export type DecodedText =
  { ok: true; text: string; encoding: DocumentSource['encoding'] } | { ok: false; reason: string };

/**
 * Decodes a text file's bytes: UTF-8 (with or without BOM) and UTF-16 with a BOM.
 * Anything else (binary data, other encodings) is refused with a reason, never guessed at.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      reason: `it is ${formatMiB(bytes.length)}, over the ${formatMiB(MAX_DOCUMENT_BYTES)} limit for one document`,
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes.subarray(2), 'utf-16le', 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes.subarray(2), 'utf-16be', 'utf-16be');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeStrict(bytes.subarray(3), 'utf-8', 'utf-8-bom');
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `it looks like a binary file (a NUL byte at offset ${nul}), not text` };
  return decodeStrict(bytes, 'utf-8', 'utf-8');
}

function decodeStrict(
  bytes: Uint8Array,
  label: 'utf-8' | 'utf-16le' | 'utf-16be',
  encoding: DocumentSource['encoding'],
): DecodedText {
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const name = label.toUpperCase();
    return {
      ok: false,
      reason: `it is not valid ${name} text (a binary file, or text in another encoding; save it as UTF-8 and import again)`,
    };
  }
  if (hasBinaryControlCharacters(text)) {
    return { ok: false, reason: 'it holds control characters that text files do not; it looks like a binary file' };
  }
  return { ok: true, text, encoding };
}

/** NUL and other C0 controls besides tab, LF, VT, FF, CR and ESC almost never occur in real text. */
function hasBinaryControlCharacters(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text);
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
