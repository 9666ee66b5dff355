import { describe, expect, it } from 'vitest';
import { tokenFileKind } from '../../../../../shared/formats/corpus/token-file-kind';
import { read } from '../tool-made-import';

describe('telling token-line formats apart by their first lines', () => {
  it('recognises the tool-made CoNLL, IOB and CoNLL-U files and a WebAnno TSV 3 header', () => {
    expect(tokenFileKind(read('conll/nltk-conll2003.conll'))).toBe('conll');
    expect(tokenFileKind(read('conll/spacy-biluo.iob'))).toBe('conll');
    expect(tokenFileKind(read('conllu/ner.conllu'))).toBe('conllu');
    expect(tokenFileKind(read('conllu/coref.conllu'))).toBe('conllu');
    expect(tokenFileKind('\uFEFF#FORMAT=WebAnno TSV 3.3\n')).toBe('webanno-tsv');
    expect(tokenFileKind('1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n')).toBe('conllu');
  });

  it('recognises none of them in a spreadsheet table, prose, or lines of different widths', () => {
    expect(tokenFileKind('name\tage\nAna\t31\n')).toBeNull();
    expect(tokenFileKind('Some prose.\nMore prose here.\n')).toBeNull();
    expect(tokenFileKind('a\tB-X\nb\tO\tO\n')).toBeNull();
    expect(tokenFileKind('')).toBeNull();
  });
});
