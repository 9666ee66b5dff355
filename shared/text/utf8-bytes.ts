import { isInsideSurrogatePair } from './surrogate-pairs';

/** Most file systems allow 255 bytes in one name (ext4, APFS; NTFS 255 UTF-16 units, no fewer). */
export const MAX_FILE_NAME_BYTES = 255;

/** Bytes one UTF-16 code unit adds in UTF-8 (a pair's halves 2 + 2; a lone surrogate, written as U+FFFD, 3). */
function unitBytes(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  const pairHalf = (c >= 0xd800 && c <= 0xdbff && isInsideSurrogatePair(text, i + 1)) || isInsideSurrogatePair(text, i);
  return pairHalf ? 2 : 3;
}

/** How many bytes `text` takes in UTF-8, as TextEncoder (and the file system) would write it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += unitBytes(text, i);
  return bytes;
}

/**
 * The longest start of `text` that takes at most `maxBytes` bytes in UTF-8, never ending between
 * the two halves of a surrogate pair (an emoji is kept whole or left out). File names are limited
 * in bytes (255 on most file systems), not in characters: 120 `ü` or 90 CJK characters reach it.
 */
export function cutToUtf8Bytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  while (end < text.length) {
    const next = bytes + unitBytes(text, end);
    if (next > maxBytes) break;
    bytes = next;
    end++;
  }
  return isInsideSurrogatePair(text, end) ? text.slice(0, end - 1) : text.slice(0, end);
}
