import { describe, expect, it } from 'vitest';
import { parseConll } from '../../../../../shared/formats/conll/import';
import { plan } from '../plan-import';

/** The planned import's annotations as `label:text`, and the documents' texts. */
function imported(content: string, fileName = 'news.conll') {
  const parsed = parseConll(fileName, content);
  const planned = plan([parsed], { addLabels: true });
  const textOf = (documentId: string) => planned.documents.find((d) => d.id === documentId)!.text;
  return {
    parsed,
    planned,
    texts: planned.documents.map((d) => d.text),
    spans: planned.annotations.map((a) => `${a.label}:${textOf(a.documentId).slice(a.start, a.end)}`),
  };
}

describe('CoNLL import (--format conll)', () => {
  it('reads CoNLL-2003: -DOCSTART- documents, blank-line sentences, the last column as entities', () => {
    const { parsed, texts, spans } = imported(
      [
        '-DOCSTART- -X- -X- O',
        '',
        'EU NNP B-NP B-ORG',
        'rejects VBZ B-VP O',
        'German JJ B-NP B-MISC',
        'call NN I-NP O',
        '. . O O',
        '',
        'Peter NNP B-NP B-PER',
        'Blackburn NNP I-NP I-PER',
        '',
        '-DOCSTART- -X- -X- O',
        '',
        'Zoë NNP B-NP B-PER',
        'met VBD B-VP O',
        '北京 NNP B-NP B-LOC',
        '😀 SYM O O',
        '',
      ].join('\n'),
    );
    expect(parsed.problems).toEqual([]);
    expect(texts).toEqual(['EU rejects German call .\nPeter Blackburn', 'Zoë met 北京 😀']);
    expect(spans).toEqual(['ORG:EU', 'MISC:German', 'PER:Peter Blackburn', 'PER:Zoë', 'LOC:北京']);
    expect(parsed.notCarried.map((p) => p.message)).toEqual([
      'columns 2–3 are not carried (POS, chunks…): only the last column is read as entity tags',
    ]);
  });

  it('reads every tag column when all of them hold tags (Tagwright’s export: one IOB2 column per label)', () => {
    const { parsed, spans } = imported(
      [
        '-DOCSTART-\tO\tO',
        '',
        'Only\tB-claim\tO',
        '25\tI-claim\tB-figure',
        '%\tI-claim\tI-figure',
        'left\tI-claim\tO',
        '',
      ].join('\n'),
    );
    expect(parsed.notCarried).toEqual([]);
    expect(spans).toEqual(['claim:Only 25 % left', 'figure:25 %']);
  });

  it('reads IOB1, BIOES and BILOU, and says how many spans began with a stray I- or E-', () => {
    const { parsed, spans } = imported(
      [
        'A\tI-PER',
        'B\tI-PER',
        'C\tB-PER',
        'D\tO',
        'E\tS-LOC',
        'F\tB-ORG',
        'G\tE-ORG',
        'H\tU-X',
        'I\tB-Y',
        'J\tL-Y',
        'K\tE-Z',
        'L\tPER',
        'M\tPER',
      ].join('\r\n'),
      'tags.iob',
    );
    expect(spans).toEqual(['PER:A B', 'PER:C', 'LOC:E', 'ORG:F G', 'X:H', 'Y:I J', 'Z:K', 'PER:L M']);
    expect(parsed.notCarried).toEqual([
      {
        fileName: 'tags.iob',
        line: 1,
        message:
          '2 span(s) begin with an I- or E- tag that continues nothing (IOB1 style, or a stray tag): each starts a span',
      },
    ]);
  });

  it('ends a span at a sentence break, an O and a B- of the same label', () => {
    const { spans } = imported(['a\tB-X', 'b\tI-X', '', 'c\tI-X', 'd\tB-X', 'e\tO', 'f\tI-X'].join('\n'));
    expect(spans).toEqual(['X:a b', 'X:c', 'X:d', 'X:f']);
  });

  it('reports a line with the wrong number of columns by file and line, and keeps its token in the text', () => {
    const parsed = parseConll('a.conll', ['a\tB-X\tO', 'b\tI-X', 'c\tO\tB-Y', ''].join('\n'));
    expect(parsed.problems).toEqual([{ fileName: 'a.conll', line: 2, message: '3 columns expected, found 2' }]);
    expect(parsed.documents[0]!.text).toBe('a b c');
  });

  it('refuses a file without token lines, and one of single words, by file and line', () => {
    expect(parseConll('e.conll', '\n\n').problems).toEqual([
      { fileName: 'e.conll', message: 'no token lines: not a CoNLL file' },
    ]);
    expect(parseConll('w.conll', 'word\n').problems).toEqual([
      { fileName: 'w.conll', line: 1, message: 'a token line needs the token and at least one tag column' },
    ]);
  });

  it('reads a file of 300,000 tokens in one document without overflowing the stack', () => {
    const lines: string[] = [];
    for (let i = 0; i < 300_000; i++) lines.push(i % 3 === 0 ? `w${i}\tB-X` : `w${i}\tI-X`);
    const parsed = parseConll('big.conll', lines.join('\n'));
    expect(parsed.problems).toEqual([]);
    const [document] = parsed.documents;
    expect(document!.spans).toHaveLength(100_000);
    const [last] = document!.spans[99_999]!.fragments;
    expect(document!.text!.slice(last!.start, last!.end)).toBe('w299997 w299998 w299999');
  });
});
