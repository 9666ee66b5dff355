import { describe, expect, it } from 'vitest';
import type { TagwrightDocument } from '../../../../../shared/model';
import { annotatorFileStems, documentFileStems } from '../../../../../shared/formats/corpus/document-file-stems';
import { utf8Length } from '../../../../../shared/text/utf8-bytes';
import { testDocument } from '../format-corpus';

const named = (id: string, fileName: string): TagwrightDocument => {
  const document = testDocument(id, `Text of ${id}.`);
  return { ...document, source: { ...document.source, fileName } };
};

describe('documentFileStems: the names a folder export gives its documents', () => {
  it('is the source file name without its extension', () => {
    expect(documentFileStems()(named('Xk3_9aB2cQ1z', 'PMID-10485906.txt'))).toBe('PMID-10485906');
  });

  it('numbers a name an earlier document took, ignoring letter case and Unicode normalisation', () => {
    const stemOf = documentFileStems();
    expect(
      [
        named('d1', 'corpus.jsonl'),
        named('d2', 'corpus.jsonl'),
        named('d3', 'Corpus.txt'),
        named('d4', 'corpus-2.txt'),
        named('d5', 'Zoe\u0308.txt'),
        named('d6', 'Zo\u00eb.txt'),
      ].map(stemOf),
    ).toEqual(['corpus', 'corpus-2', 'Corpus-3', 'corpus-2-2', 'Zoe\u0308', 'Zo\u00eb-2']);
  });

  it('makes a name every file system takes: no separators, reserved or control characters, hidden dots or device names', () => {
    const stemOf = documentFileStems();
    expect(
      [
        named('d1', '../../etc/passwd'),
        named('d2', 'a:b*c?"d"<e>|f\\g\u0000h.txt'),
        named('d3', '.hidden.txt'),
        named('d4', 'CON.txt'),
        named('d5', 'lpt1'),
        named('d6', 'trailing. .txt'),
      ].map(stemOf),
    ).toEqual(['_.._etc_passwd', 'a_b_c__d__e__f_g_h', 'hidden', 'CON_', 'lpt1_', 'trailing']);
  });

  it('falls back to the document id when the name leaves nothing, and cuts a long name on a character boundary', () => {
    const stemOf = documentFileStems();
    expect(stemOf(named('doc-7', '...txt'))).toBe('doc-7');
    expect(stemOf(named('doc-8', ''))).toBe('doc-8');
    const long = stemOf(named('doc-9', `${'ü'.repeat(150)}😀.txt`));
    expect(utf8Length(`${long}-99.tsv`)).toBeLessThanOrEqual(255);
    expect(long).toBe('ü'.repeat(119));
  });
});

describe('annotatorFileStems: the folder or file of each annotator an export keeps apart', () => {
  it('is the id made safe (dots kept), numbered when taken, `unsigned` for work without an id', () => {
    const stems = annotatorFileStems(['ana', 'j.smith', 'Ana', 'a/b: c', '', 'CON', '...']);
    expect([...stems.values()]).toEqual(['ana', 'j.smith', 'Ana-2', 'a_b_ c', 'unsigned', 'CON_', 'annotator']);
  });
});
