import { describe, expect, it } from 'vitest';
import { projectGuids, uuidV5 } from '../../../../../shared/formats/refi-qda/guids';
import { sha1 } from '../../../../../shared/formats/refi-qda/sha1';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('REFI-QDA GUIDs', () => {
  it('SHA-1 gives FIPS 180-4’s published digests', () => {
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new Uint8Array()))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    const twoBlocks = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    expect(hex(sha1(new TextEncoder().encode(twoBlocks)))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });

  it('a version-5 UUID is the one RFC 9562 and Python’s uuid.uuid5 give', () => {
    // uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com')
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it("a project's GUIDs are stable per id and differ between kinds, ids and projects", () => {
    const guid = projectGuids('p1');
    expect(guid('code', 'claim')).toBe(projectGuids('p1')('code', 'claim'));
    const all = [
      guid('code', 'claim'),
      guid('code', 'actor'),
      guid('user', 'claim'),
      projectGuids('p2')('code', 'claim'),
    ];
    expect(new Set(all).size).toBe(4);
  });
});
