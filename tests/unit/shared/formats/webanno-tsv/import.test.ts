import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebannoTsv } from '../../../../../shared/formats/webanno-tsv/import';
import { plan, relationQuotes } from '../plan-import';
import { spansByDocument } from '../tool-made-import';

const fixture = resolve(import.meta.dirname, '../../../../fixtures/formats/webanno-tsv/inception-style.tsv');
const T = '\t';
const tsv = (...lines: string[]) => `${lines.join('\n')}\n`;

function imported(content: string) {
  const parsed = parseWebannoTsv('doc.tsv', content);
  const planned = plan([parsed], { addLabels: true });
  return { parsed, planned, spans: spansByDocument(planned.documents, planned.annotations) };
}

describe('WebAnno TSV 3 import (--format webanno-tsv; hand-written following the INCEpTION user guide)', () => {
  it('rebuilds the text as INCEpTION does: escapes undone, a sentence’s #Text lines joined by line breaks, sentences placed by their first token', () => {
    const { parsed, planned } = imported(readFileSync(fixture, 'utf8'));
    expect(parsed.problems).toEqual([]);
    expect(planned.documents.map((d) => d.text)).toEqual([
      'Zoë Hajizada said C:\\temp\\new holds 北京 maps.\nFamily 👩‍👩‍👧 met\n🇦🇲 officials ;\tthey left .\nHe shot himself with his revolver .',
    ]);
  });

  it('lands spans (multi-token, stacked, sub-token, after emoji: UTF-16 offsets) on their characters, features as attributes', () => {
    const { planned, spans } = imported(readFileSync(fixture, 'utf8'));
    expect(spans).toEqual([
      [
        'PER:Zoë Hajizada',
        'Highlight:Zoë Hajizada',
        'event:said', // the project's label event
        'a_b-c:C:\\temp\\new',
        'DRIVE:C:',
        'LOC:北京',
        'GPE:北京',
        'NamedEntity:maps',
        'FAMILY:👩‍👩‍👧',
        'GPE:🇦🇲 officials',
        'pr:He',
        'pr:himself',
        'pr:his',
      ],
    ]);
    expect(planned.annotations[0]!.attributes).toEqual({ identifier: 'Q1' });
    expect(planned.labels.find((l) => l.id === 'a_b-c')!.name).toBe('a_b|c'); // escaped _ and | in the value
  });

  it('reads relations (disambiguated ends), slot features (one relation per role) and chains (each link to the next)', () => {
    const { parsed, planned } = imported(readFileSync(fixture, 'utf8'));
    expect(relationQuotes(planned)).toEqual([
      'speaker:said>Zoë Hajizada',
      'place:said>北京',
      'attributed-to:Zoë Hajizada>北京',
      'coref:He>himself',
      'coref:himself>his',
    ]);
    expect(parsed.notCarried.map((p) => p.message)).toEqual(['relation features note are not carried']);
  });

  it('un-escapes #Text as INCEpTION 3.2+ does: \\\\ \\t \\r \\f \\b and escaped controls; other backslashes stay', () => {
    const parsed = parseWebannoTsv(
      'doc.tsv',
      tsv(
        '#FORMAT=WebAnno TSV 3.3',
        '#T_SP=webanno.custom.X|label',
        '',
        '',
        '#Text=a\\\\b\\tc\\rd\\qe\\\u0001f\\f\\b',
        `1-1${T}0-1${T}a${T}_${T}`,
      ),
    );
    expect(parsed.documents[0]!.text).toBe('a\\b\tc\rd\\qe\u0001f\f\b');
  });

  it('un-escapes #Text of TSV 3.1 as a Java string literal', () => {
    const { planned } = imported(
      tsv('#FORMAT=WebAnno TSV 3.1', '', '', '#Text=a\\u00e9\\"b\\x', `1-1${T}0-1${T}a${T}`),
    );
    expect(planned.documents[0]!.text).toBe('aé"bx');
  });

  it('pads the gap before a sentence with spaces and joins adjacent sentences', () => {
    const { planned, spans } = imported(
      tsv(
        '#FORMAT=WebAnno TSV 3.3',
        '#T_SP=webanno.custom.X|label',
        '',
        '',
        '#Text=One.',
        `1-1${T}0-4${T}One.${T}A${T}`,
        '',
        '#Text=Two',
        `2-1${T}7-10${T}Two${T}B${T}`,
        '',
        '#Text=3',
        `3-1${T}10-11${T}3${T}C${T}`,
      ),
    );
    expect(planned.documents[0]!.text).toBe('One.\n  Two3');
    expect(spans).toEqual([['A:One.', 'B:Two', 'C:3']]);
  });

  it('refuses a damaged offset that would put a vast gap before a sentence, naming the line, instead of building it', () => {
    const content = tsv(
      '#FORMAT=WebAnno TSV 3.3',
      '#T_SP=webanno.custom.X|label',
      '',
      '',
      '#Text=One.',
      `1-1${T}0-4${T}One.${T}A${T}`,
      '',
      '#Text=Two',
      `2-1${T}536870844-536870847${T}Two${T}B${T}`,
    );
    const parsed = parseWebannoTsv('damaged.tsv', content);
    expect(parsed.problems).toEqual([
      {
        fileName: 'damaged.tsv',
        line: 9,
        message: 'the sentence starts at 536870844, 536870839 characters after the text so far: the offset is damaged',
      },
    ]);
  });

  it('reports what is wrong with file and line, never throws', () => {
    const parsed = parseWebannoTsv(
      'bad.tsv',
      tsv(
        '#FORMAT=WebAnno TSV 3.3',
        '#T_SP=webanno.custom.X|label',
        '',
        '',
        `1-1${T}0-1${T}a${T}A${T}`,
        '#Text=ab',
        `1-1${T}0-1${T}a`,
        `1-2${T}x-y${T}b${T}B${T}`,
        `1-3${T}0-9${T}b${T}B${T}`,
        `1-4${T}0-1${T}a${T}A[x]${T}`,
      ),
    );
    expect(parsed.problems.map((p) => `${p.fileName}:${p.line}: ${p.message}`)).toEqual([
      'bad.tsv:5: a token line must follow its sentence\'s "#Text=" line',
      'bad.tsv:7: 4 columns expected, found 3',
      'bad.tsv:8: "1-2\tx-y" is not a token id and offsets (1-3, 9-14)',
      "bad.tsv:9: offsets 0-9 are outside the sentence's text (the text has 3 characters)",
      'bad.tsv:10: "[x]" is not a disambiguation id',
    ]);
    expect(parseWebannoTsv('t.tsv', 'a\tb\n').problems).toEqual([
      { fileName: 't.tsv', line: 1, message: 'not WebAnno TSV 3: the first line must be "#FORMAT=WebAnno TSV 3.x"' },
    ]);
    expect(parseWebannoTsv('t2.tsv', '#FORMAT=WebAnno TSV 2.0\n').problems[0]!.message).toBe(
      'not WebAnno TSV 3: the first line must be "#FORMAT=WebAnno TSV 3.x" (found WebAnno TSV 2.0)',
    );
  });

  it('reads 50,000 token lines in one pass without overflowing the stack', () => {
    const lines = ['#FORMAT=WebAnno TSV 3.3', '#T_SP=webanno.custom.X|label', '', ''];
    let offset = 0;
    for (let s = 1; s <= 5_000; s++) {
      const words = Array.from({ length: 10 }, (_, w) => `w${w}`);
      lines.push(`#Text=${words.join(' ')}`);
      words.forEach((w, t) => {
        lines.push(
          `${s}-${t + 1}${T}${offset}-${offset + w.length}${T}${w}${T}${t === 0 ? `A[${s}]` : t === 1 ? `A[${s}]` : '_'}${T}`,
        );
        offset += w.length + 1;
      });
      lines.push('');
    }
    const parsed = parseWebannoTsv('big.tsv', lines.join('\n'));
    expect(parsed.problems).toEqual([]);
    const [document] = parsed.documents;
    expect(document!.spans).toHaveLength(5_000);
    expect(document!.spans[4_999]!.quote).toBe('w0 w1');
  });
});
