import { describe, expect, it } from 'vitest';
import type { Coding } from '../../../../shared/agreement/coding-table';
import { measureProjectAgreement, type AgreementDocument } from '../../../../shared/agreement/project-agreement';
import { measureTable } from '../../../../shared/agreement/table-agreement';
import { unitisedAlpha, type MarkedStretch } from '../../../../shared/agreement/unitised-alpha';
import type { Label } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';

const labels: Label[] = ['x', 'y'].map((id) => ({
  id,
  name: id.toUpperCase(),
  colour: '#000000',
  hotkeys: [],
  description: '',
  attributes: [],
}));
const annotators = [
  { id: 'ana', name: 'Ana' },
  { id: 'ben', name: 'Ben' },
  { id: 'cy', name: 'Cy' },
];

/** A document whose words are one letter each; `marks` lists [annotator, word] spans labelled x. */
function doc(id: string, words: string, marks: [string, string][]): AgreementDocument {
  return {
    id,
    title: `Document ${id}`,
    text: words,
    annotations: marks.map(([annotator, word], i) => {
      const start = words.indexOf(word);
      return annotationOf(words, `${id}-${i}`, start, start + 1, { annotator, label: 'x', documentId: id });
    }),
    relations: [],
  };
}

// d1: all three worked on it; d2: Ana and Ben only; d3: Cy alone (not compared).
const d1 = doc('d1', 'a b c', [
  ['ana', 'a'],
  ['ben', 'a'],
  ['ben', 'b'],
  ['cy', 'c'],
]);
const d2 = doc('d2', 'd e', [
  ['ana', 'd'],
  ['ben', 'e'],
]);
const d3 = doc('d3', 'f', [['cy', 'f']]);
const report = measureProjectAgreement({ labels, annotators, documents: [d1, d2, d3] });

/** The same tokens as a coding table: one unit per token, "(none)" where a coder who worked on the document gave no label. */
const x = 'x';
const none = '(none)';
const table: Coding[] = [
  ...[
    ['a', x, x, none],
    ['b', none, x, none],
    ['c', none, none, x],
  ].flatMap(([unit, ana, ben, cy]) => [
    { coder: 'ana', unit: unit!, label: ana! },
    { coder: 'ben', unit: unit!, label: ben! },
    { coder: 'cy', unit: unit!, label: cy! },
  ]),
  ...[
    ['d', x, none],
    ['e', none, x],
  ].flatMap(([unit, ana, ben]) => [
    { coder: 'ana', unit: unit!, label: ana! },
    { coder: 'ben', unit: unit!, label: ben! },
  ]),
];
const only = (coders: string[]) => table.filter((c) => coders.includes(c.coder));

describe('agreement of three annotators, not all on every document', () => {
  it('each pair is compared on the documents both worked on', () => {
    expect(report.pairs.map((p) => [p.reference, p.other, p.documents])).toEqual([
      ['ana', 'ben', 2],
      ['ana', 'cy', 1],
      ['ben', 'cy', 1],
    ]);
    expect(report.annotators).toEqual([
      { id: 'ana', name: 'Ana', documents: 2, annotations: 2 },
      { id: 'ben', name: 'Ben', documents: 2, annotations: 3 },
      { id: 'cy', name: 'Cy', documents: 2, annotations: 2 },
    ]);
  });

  it('token measures are the coding-table measures of the same tokens: the group, and each pair', () => {
    expect(report.group.overall.tokenAlpha).toEqual(measureTable(table, 'alpha'));
    expect(report.group.overall.tokenPercent).toEqual(measureTable(table, 'percent'));
    for (const pair of report.pairs) {
      const coders = [pair.reference, pair.other];
      expect(pair.overall.tokenCohen).toEqual(measureTable(only(coders), 'cohen'));
      expect(pair.overall.tokenAlpha).toEqual(measureTable(only(coders), 'alpha'));
    }
    // Light's kappa: the mean of the pairs' Cohen's kappas.
    const cohens = report.pairs.map((p) => p.overall.tokenCohen.value!);
    expect(report.group.overall.tokenCohen.value).toBeCloseTo((cohens[0]! + cohens[1]! + cohens[2]!) / 3, 12);
  });

  it('unitised alpha: the group pools the documents all three worked on, a pair those both did', () => {
    const x = (start: number): MarkedStretch => ({ start, end: start + 1, label: 'x' });
    const d1Marks = { ana: [x(0)], ben: [x(0), x(2)], cy: [x(4)] };
    const d1ByHand = { length: 5, coders: new Map(Object.entries(d1Marks)) };
    expect(report.group.unitisedDocuments).toBe(1);
    expect(report.group.overall.unitisedAlpha).toEqual(unitisedAlpha(['x', 'y'], [d1ByHand]).overall);
    const anaBen = [
      {
        length: 5,
        coders: new Map([
          ['ana', d1Marks.ana],
          ['ben', d1Marks.ben],
        ]),
      },
      {
        length: 3,
        coders: new Map([
          ['ana', [x(0)]],
          ['ben', [x(2)]],
        ]),
      },
    ];
    expect(report.pairs[0]!.overall.unitisedAlpha).toEqual(unitisedAlpha(['x', 'y'], anaBen).overall);
    expect(report.group.perLabel[1]!.agreement.unitisedAlpha).toEqual({
      value: null,
      reason: 'no coder marked a stretch',
    });
  });

  it('unitised alpha of a group none of whose documents everyone worked on is undefined, with the reason', () => {
    const apart = measureProjectAgreement({ labels, annotators, documents: [d2, d3] });
    expect(apart.group.unitisedDocuments).toBe(0);
    expect(apart.group.overall.unitisedAlpha).toEqual({
      value: null,
      reason: expect.stringMatching(/^no document was worked on by all 3 annotators/),
    });
    expect(apart.pairs[0]!.overall.unitisedAlpha.value).toEqual(expect.any(Number));
  });

  it("Fleiss' kappa of the group is refused: d2's tokens have two ratings, d1's three", () => {
    expect(report.group.overall.tokenFleiss).toEqual({
      value: null,
      reason: expect.stringMatching(/^units have different numbers of ratings \(3 and 2\)/),
    });
  });

  it('a label nobody used is undefined with the reason, never NaN', () => {
    const y = report.group.perLabel.find((l) => l.label === 'y')!.agreement;
    expect(y.overlapF1).toEqual({ value: null, reason: 'neither annotator marked a span' });
    expect(y.tokenAlpha).toEqual({ value: null, reason: 'no variation: every pairable value is the same label' });
    expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
  });

  it('lists the documents compared, the lowest token alpha first', () => {
    expect(report.documents.map((d) => [d.id, d.annotators])).toEqual([
      ['d2', 2],
      ['d1', 3],
    ]);
    expect(report.documents[0]!.tokenAlpha.value).toBeLessThan(report.documents[1]!.tokenAlpha.value!);
  });

  it('compares only the annotators, labels and documents asked for', () => {
    const chosen = measureProjectAgreement(
      { labels, annotators, documents: [d1, d2, d3] },
      { annotators: ['ana', 'cy'], labels: ['x'], documents: ['d1', 'd2'] },
    );
    expect(chosen.pairs.map((p) => [p.reference, p.other, p.documents])).toEqual([['ana', 'cy', 1]]);
    expect(chosen.labels).toEqual([{ id: 'x', name: 'X' }]);
    expect(chosen.pairs[0]!.perLabel.map((l) => l.label)).toEqual(['x']);
    expect(chosen.annotators.map((a) => [a.id, a.documents])).toEqual([
      ['ana', 2],
      ['cy', 1],
    ]);
  });

  it('annotations without an annotator are one more annotator, "(no annotator)"', () => {
    const unnamed = doc('d4', 'g h', [
      ['', 'g'],
      ['ana', 'g'],
    ]);
    const result = measureProjectAgreement({ labels, annotators, documents: [unnamed] });
    expect(result.annotators.map((a) => [a.id, a.name])).toEqual([
      ['ana', 'Ana'],
      ['', '(no annotator)'],
    ]);
    expect(result.pairs[0]!.overall.exactF1.value).toBe(1);
  });
});
