import { describe, expect, it } from 'vitest';
import type { SpanAgreement } from '../../../../shared/agreement/agreement-report';
import { measureProjectAgreement, type AgreementDocument } from '../../../../shared/agreement/project-agreement';
import { unitisedAlpha } from '../../../../shared/agreement/unitised-alpha';
import type { Annotation, Label, Relation } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';

const labels: Label[] = [
  {
    id: 'x',
    name: 'Ex',
    colour: '#000000',
    hotkeys: [],
    description: '',
    attributes: [{ name: 'value', type: 'number' }],
  },
  { id: 'y', name: 'Why', colour: '#ffffff', hotkeys: [], description: '', attributes: [] },
];
const annotators = [
  { id: 'ana', name: 'Ana' },
  { id: 'ben', name: 'Ben' },
];

const TEXT = 'one two three four five';
const span = (id: string, annotator: string, label: string, quote: string, extra: Partial<Annotation> = {}) => {
  const start = TEXT.indexOf(quote);
  return annotationOf(TEXT, id, start, start + quote.length, { annotator, label, ...extra });
};
const relation = (id: string, annotator: string, from: string, to: string): Relation => ({
  id,
  type: 'r',
  from,
  to,
  annotator,
});

/**
 * Ana: x "one" {value 1}, x "two three" {value 2}, y "five"; a relation one → two three.
 * Ben: x "one" {value 1}, x "three four", y "four"; relations one → three four, three four → four.
 * Tokens: one two three four five. Ana: x x x – y. Ben: x – x x+y –.
 */
const document: AgreementDocument = {
  id: 'd1',
  title: 'Numbers',
  text: TEXT,
  annotations: [
    span('a1', 'ana', 'x', 'one', { attributes: { value: 1 } }),
    span('a2', 'ana', 'x', 'two three', { attributes: { value: 2 } }),
    span('a3', 'ana', 'y', 'five'),
    span('b1', 'ben', 'x', 'one', { attributes: { value: 1 } }),
    span('b2', 'ben', 'x', 'three four'),
    span('b3', 'ben', 'y', 'four'),
  ],
  relations: [relation('r1', 'ana', 'a1', 'a2'), relation('r2', 'ben', 'b1', 'b2'), relation('r3', 'ben', 'b2', 'b3')],
};

const values = (a: SpanAgreement) => ({
  exactF1: a.exactF1.value,
  overlapF1: a.overlapF1.value,
  tokenPercent: a.tokenPercent.value,
  tokenCohen: a.tokenCohen.value,
  tokenFleiss: a.tokenFleiss.value,
  tokenAlpha: a.tokenAlpha.value,
});

describe('agreement of two annotators on a project, worked by hand', () => {
  const report = measureProjectAgreement({ labels, annotators, documents: [document] });

  it('span F1: exact (one of three spans each) and by overlap (two of three)', () => {
    const [pair] = report.pairs;
    expect(pair).toMatchObject({ reference: 'ana', other: 'ben', documents: 1 });
    expect(pair!.overall.spans).toEqual({ reference: 3, other: 3, exact: 1, overlap: 2 });
    expect(pair!.overall.exactF1.value).toBeCloseTo(2 / 6, 12);
    expect(pair!.overall.overlapF1.value).toBeCloseTo(4 / 6, 12);
    const [x, y] = pair!.perLabel;
    expect(x).toMatchObject({ label: 'x', agreement: { exactF1: { value: 0.5 }, overlapF1: { value: 1 } } });
    expect(y).toMatchObject({ label: 'y', agreement: { exactF1: { value: 0 }, overlapF1: { value: 0 } } });
  });

  it('tokens over all labels: a token with x and y is its own value "x+y"', () => {
    // Agreement on "one" and "three" of 5 tokens; marginals Ana x3 –1 y1, Ben x2 –2 x+y1.
    expect(values(report.pairs[0]!.overall)).toEqual({
      exactF1: expect.closeTo(1 / 3, 12),
      overlapF1: expect.closeTo(2 / 3, 12),
      tokenPercent: expect.closeTo(0.4, 12),
      tokenCohen: expect.closeTo((5 * 2 - 8) / (25 - 8), 12), // (n·agreeing − Σ a_c b_c) / (n² − Σ a_c b_c)
      tokenFleiss: expect.closeTo((0.4 - 0.36) / (1 - 0.36), 12), // P̄e = .5² + .3² + .1² + .1²
      tokenAlpha: expect.closeTo(1 - (9 * (10 - 4)) / (100 - 36), 12), // n = 10, Σ o_cc = 4, Σ n_c² = 36
    });
  });

  it('tokens for one label: x or none', () => {
    // x: Ana x x x – –, Ben x – x x –: three of five agree, each gave x three times.
    expect(report.pairs[0]!.perLabel[0]!.agreement.tokenCohen.value).toBeCloseTo((5 * 3 - 13) / (25 - 13), 12);
  });

  it('the group of two is the pair, Cohen included (the mean of one pair)', () => {
    expect(values(report.group.overall)).toEqual(values(report.pairs[0]!.overall));
    expect(report.group.overall.spans).toEqual(report.pairs[0]!.overall.spans);
  });

  it('attributes of matched spans: an unset value disagrees with a set one', () => {
    // Matched by overlap: one ↔ one (1, 1), two three ↔ three four (2, unset).
    expect(report.attributes).toEqual([
      {
        label: 'x',
        attribute: 'value',
        matched: 2,
        percent: { value: 0.5 },
        alpha: { value: expect.closeTo(0.4, 12) },
      },
    ]);
  });

  it('relations after matching: one of two of Ben’s relations joins the spans Ana’s joins', () => {
    expect(report.relations.pairs).toEqual([
      {
        reference: 'ana',
        other: 'ben',
        referenceRelations: 1,
        otherRelations: 2,
        matched: 1,
        f1: { value: expect.closeTo(2 / 3, 12) },
      },
    ]);
    expect(report.relations.group.value).toBeCloseTo(2 / 3, 12);
  });

  it("unitised alpha: each annotator's spans as stretches of the text's characters, per label and overall", () => {
    // one two three four five: Ana x 0–3, x 4–13, y 19–23; Ben x 0–3, x 8–18, y 14–18.
    const byHand = unitisedAlpha(
      ['x', 'y'],
      [
        {
          length: 23,
          coders: new Map([
            [
              'ana',
              [
                { start: 0, end: 3, label: 'x' },
                { start: 4, end: 13, label: 'x' },
                { start: 19, end: 23, label: 'y' },
              ],
            ],
            [
              'ben',
              [
                { start: 0, end: 3, label: 'x' },
                { start: 8, end: 18, label: 'x' },
                { start: 14, end: 18, label: 'y' },
              ],
            ],
          ]),
        },
      ],
    );
    const [pair] = report.pairs;
    expect(pair!.overall.unitisedAlpha).toEqual(byHand.overall);
    expect(pair!.perLabel.map((l) => l.agreement.unitisedAlpha)).toEqual(byHand.perLabel.map((l) => l.alpha));
    // x: δ² of "two three" against "three four" is 4² + 5², each way, over m(m − 1)L² = 2 · 23².
    expect(byHand.perLabel[0]!.disagreement!.observed).toBeCloseTo((2 * 41) / (2 * 23 * 23), 12);
    expect(report.group.overall.unitisedAlpha).toEqual(byHand.overall);
    expect(report.group.unitisedDocuments).toBe(1);
  });

  it('unitised alpha counts characters, not UTF-16 code units: an emoji is one', () => {
    const text = '🙂 hi there';
    const marks = [annotationOf(text, 'a', 3, 5, { annotator: 'ana', label: 'x' })];
    marks.push(annotationOf(text, 'b', 3, 11, { annotator: 'ben', label: 'x' }));
    const emoji = measureProjectAgreement({
      labels,
      annotators,
      documents: [{ id: 'e', title: 'E', text, annotations: marks, relations: [] }],
    });
    const byHand = unitisedAlpha(
      ['x', 'y'],
      [
        {
          length: 10,
          coders: new Map([
            ['ana', [{ start: 2, end: 4, label: 'x' }]],
            ['ben', [{ start: 2, end: 10, label: 'x' }]],
          ]),
        },
      ],
    );
    expect(emoji.pairs[0]!.overall.unitisedAlpha).toEqual(byHand.overall);
  });

  it('names the annotators and what each did, and rates the document', () => {
    expect(report.annotators).toEqual([
      { id: 'ana', name: 'Ana', documents: 1, annotations: 3 },
      { id: 'ben', name: 'Ben', documents: 1, annotations: 3 },
    ]);
    expect(report.documents).toEqual([
      {
        id: 'd1',
        title: 'Numbers',
        annotators: 2,
        tokenAlpha: report.pairs[0]!.overall.tokenAlpha,
        overlapF1: report.pairs[0]!.overall.overlapF1,
      },
    ]);
  });
});
