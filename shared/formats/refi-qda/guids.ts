import { utf8Encode } from '../../text/utf8-coding';
import { sha1 } from './sha1';

/** Tagwright's namespace for its REFI-QDA GUIDs: the version-5 UUID of the URL "https://tagwright/refi-qda". */
const TAGWRIGHT_NAMESPACE = 'be4c50b4-4bfc-502f-aad5-10aece0f7021';

/**
 * A name-based UUID, version 5 (RFC 9562 §5.5): SHA-1 of the namespace's 16 bytes and the name's
 * UTF-8, with the version and variant bits set. The same name gives the same UUID on every run.
 */
export function uuidV5(name: string, namespace: string): string {
  const space = hexBytes(namespace.replace(/-/g, ''));
  const text = utf8Encode(name);
  const input = new Uint8Array(space.length + text.length);
  input.set(space);
  input.set(text, space.length);
  const hash = sha1(input).subarray(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The kinds of things a REFI-QDA project names by GUID. */
export type GuidKind = 'user' | 'code' | 'source' | 'selection' | 'coding' | 'note' | 'link';

/**
 * A project's GUID maker: every thing's GUID is derived from the project's id, its kind and its
 * Tagwright id, so exporting the same project twice writes the same bytes, and a tool that merges
 * two exports of one project sees the same codes, sources and selections.
 */
export function projectGuids(projectId: string): (kind: GuidKind, id: string) => string {
  const namespace = uuidV5(`project:${projectId}`, TAGWRIGHT_NAMESPACE);
  return (kind, id) => uuidV5(`${kind}:${id}`, namespace);
}

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
