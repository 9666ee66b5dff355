import { describe, expect, it } from 'vitest';
import type { CorpusReadOptions } from '../../../../../shared/formats/corpus/corpus-importer';
import { parseConllu } from '../../../../../shared/formats/conllu/import';
import { plan, relationQuotes } from '../plan-import';
import { spansByDocument } from '../tool-made-import';

/** A CoNLL-U word line: id, form, UPOS and MISC; the other columns empty. */
const word = (id: string, form: string, upos = '_', misc = '_') =>
  [id, form, '_', upos, '_', '_', '_', '_', '_', misc].join('\t');

function imported(lines: string[], options: CorpusReadOptions = {}) {
  const parsed = parseConllu('a.conllu', `${lines.join('\n')}\n`, options);
  const planned = plan([parsed], { addLabels: true });
  return { parsed, planned, spans: spansByDocument(planned.documents, planned.annotations) };
}

describe('CoNLL-U import (--format conllu)', () => {
  it('takes the text from "# text", one sentence a line, a blank line at # newpar; documents from # newdoc, titled by their id', () => {
    const { parsed, planned } = imported([
      '# newdoc id = doc-1',
      '# newpar',
      '# text = Zoë  met 北京.',
      word('1', 'Zoë'),
      word('2', 'met'),
      word('3', '北京', '_', 'SpaceAfter=No'),
      word('4', '.'),
      '',
      '# text = Next one',
      word('1', 'Next'),
      word('2', 'one'),
      '',
      '# newpar',
      '# text = 😀 Again',
      word('1', '😀'),
      word('2', 'Again'),
      '',
      '# newdoc id = doc-2',
      word('1', 'Plain'),
      word('2', 'words', '_', 'SpaceAfter=No'),
      word('3', '!'),
      word('4', 'Tab', '_', 'SpacesAfter=\\t\\s'),
      word('5', 'end'),
      '',
    ]);
    expect(parsed.problems).toEqual([]);
    expect(planned.documents.map((d) => [d.title, d.text, d.metadata])).toEqual([
      ['doc-1', 'Zoë  met 北京.\nNext one\n\n😀 Again', { 'newdoc id': 'doc-1' }],
      ['doc-2', 'Plain words! Tab\t end', { 'newdoc id': 'doc-2' }],
    ]);
  });

  it('gives a multiword token’s surface form to the text and its place to its words; skips empty nodes', () => {
    const { parsed, spans } = imported(
      [
        '# text = Vámonos al mar.',
        word('1-2', 'Vámonos'),
        word('1', 'Vamos', 'VERB', 'NER=B-X'),
        word('2', 'nos', 'PRON', 'NER=I-X'),
        word('3-4', 'al'),
        word('3', 'a', 'ADP'),
        word('4', 'el', 'DET'),
        word('4.1', 'ghost', 'NOUN'),
        word('5', 'mar', 'NOUN', 'NER=S-LOC|SpaceAfter=No'),
        word('6', '.', 'PUNCT'),
      ],
      { upos: true },
    );
    expect(parsed.problems).toEqual([]);
    expect(spans).toEqual([
      ['VERB:Vámonos', 'PRON:Vámonos', 'ADP:al', 'DET:al', 'NOUN:mar', 'PUNCT:.', 'X:Vámonos', 'LOC:mar'],
    ]);
  });

  it('reads UPOS only when asked, and says it is not carried otherwise', () => {
    const { parsed, spans } = imported([word('1', 'Hi', 'INTJ'), word('2', 'there', 'ADV', 'Lemma=x')]);
    expect(spans).toEqual([[]]);
    expect(parsed.notCarried.map((p) => p.message)).toEqual(['UPOS tags (import them with --upos) are not carried']);
  });

  it('reads entity tags from NER=, NE= and name= (IOB, BIOES), and CorefUD Entity= mentions linked by coreference', () => {
    const { parsed, spans, planned } = imported([
      '# global.Entity = eid-head-etype',
      '# text = Zoë met Ana Lu in Baku',
      word('1', 'Zoë', '_', 'NER=B-PER|Entity=(e1-1-person)'),
      word('2', 'met'),
      word('3', 'Ana', '_', 'NE=B-PER|Entity=(e2-1-person'),
      word('4', 'Lu', '_', 'NE=E-PER|Entity=e2)'),
      word('5', 'in'),
      word('6', 'Baku', '_', 'name=S-LOC|Entity=(e3-1-place)'),
      '',
      '# text = She and her friend',
      word('1', 'She', '_', 'Entity=(e1-1-person)'),
      word('2', 'and'),
      word('3', 'her', '_', 'Entity=(e4[1/2]-1-person)(e2-1-person)'),
      word('4', 'friend', '_', 'Entity=(e4[2/2]-1-person)'),
    ]);
    expect(parsed.problems).toEqual([]);
    expect(spans).toEqual([
      [
        'PER:Zoë',
        'PER:Ana Lu',
        'LOC:Baku',
        'person:Zoë',
        'person:Ana Lu',
        'place:Baku',
        'person:She',
        'person:her',
        'person:her friend',
      ],
    ]);
    expect(planned.annotations.find((a) => a.fragments)?.fragments).toEqual([
      { start: 31, end: 34 },
      { start: 35, end: 41 },
    ]);
    expect(relationQuotes(planned)).toEqual(['coreference:Zoë>She', 'coreference:Ana Lu>her']);
  });

  it('reports a line of the wrong width with its file and line, and a "# text" its tokens are not in', () => {
    const parsed = parseConllu(
      'a.conllu',
      [
        '# text = Hello world',
        word('1', 'Hello'),
        '2\tworld\t_\t_\t_\t_\t_',
        word('2', 'world'),
        '',
        '# text = Other',
        word('1', 'Else'),
        '',
      ].join('\n'),
    );
    expect(parsed.problems).toEqual([
      { fileName: 'a.conllu', line: 3, message: '10 columns expected, found 7' },
      {
        fileName: 'a.conllu',
        line: 7,
        message:
          'the "# text" does not hold the sentence\'s tokens in order: the sentence text is rebuilt from its tokens',
      },
    ]);
    expect(parsed.documents[0]!.text).toBe('Hello world\nElse');
  });

  it('reports an id that is not a word id, an unclosed mention and a closing bracket that closes nothing', () => {
    const parsed = parseConllu(
      'b.conllu',
      [word('x', 'Bad'), word('1', 'A', '_', 'Entity=(e1-person'), word('2', 'B', '_', 'Entity=e9)'), ''].join('\n'),
    );
    expect(parsed.problems).toEqual([
      { fileName: 'b.conllu', line: 1, message: '"x" is not a word id (3, 1-2 or 8.1)' },
      { fileName: 'b.conllu', line: 1, message: '1 Entity mention(s) are never closed' },
    ]);
    expect(parsed.notCarried.map((p) => p.message)).toContain(
      '1 Entity closing bracket(s) match no open mention and are ignored',
    );
  });

  it('reads 100,000 words in one pass without overflowing the stack', () => {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      lines.push(`# text = w${i}a w${i}b w${i}c w${i}d w${i}e w${i}f w${i}g w${i}h w${i}i w${i}j`);
      for (let w = 0; w < 10; w++)
        lines.push(word(String(w + 1), `w${i}${'abcdefghij'[w]}`, '_', w === 0 ? 'NER=B-X' : '_'));
      lines.push('');
    }
    const parsed = parseConllu('big.conllu', lines.join('\n'));
    expect(parsed.problems).toEqual([]);
    const [document] = parsed.documents;
    expect(document!.spans).toHaveLength(10_000);
    const [last] = document!.spans[9_999]!.fragments;
    expect(document!.text!.slice(last!.start, last!.end)).toBe('w9999a');
  });
});
