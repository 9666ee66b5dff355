/*
 * The WHATWG encoding API, which every place shared/ runs has (Node, Chromium, Electron): shared/'s
 * compiler settings hold no DOM or Node types, so the two calls used are declared here.
 */
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare const TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** `text` as UTF-8 bytes (a lone surrogate becomes U+FFFD, as TextEncoder does). */
export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** UTF-8 bytes as text, or null when they are not valid UTF-8 (never guessed at). A leading BOM is dropped. */
export function utf8Decode(bytes: Uint8Array): string | null {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}
