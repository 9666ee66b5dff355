import { describe, expect, it } from 'vitest';
import { defaultAnnotationSchema, type AttributeDefinition, type Label } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';
import { fig } from '../../../support/figure-values';
import {
  attributesFromDraft,
  draftFromAttributes,
  sameAttributes,
} from '../../../../renderer/annotations/attribute-draft';
import { summariseAttributes } from '../../../../renderer/annotations/attribute-summary';
import { figureSuggestion, isFigureLabel } from '../../../../renderer/annotations/figure-suggestion';

const labels = defaultAnnotationSchema().labels;
const figure = labels.find((l) => l.id === 'figure')!;
const actor = labels.find((l) => l.id === 'actor')!;
const every: AttributeDefinition[] = [
  { name: 'value', type: 'number' },
  { name: 'unit', type: 'string' },
  { name: 'estimate', type: 'boolean' },
  { name: 'qualifier', type: 'choice', choices: ['over', 'about'] },
];

describe('attribute drafts', () => {
  it('start from the saved values, one field per declared attribute', () => {
    expect(draftFromAttributes(every, { value: 0.25, unit: 'percent', estimate: true, qualifier: 'over' })).toEqual({
      value: '0.25',
      unit: 'percent',
      estimate: true,
      qualifier: 'over',
    });
    expect(draftFromAttributes(every, { value: 'not a number' })).toEqual({
      value: '',
      unit: '',
      estimate: false,
      qualifier: '',
    });
  });

  it('save typed values, drop emptied fields and keep undeclared attributes', () => {
    const before = { value: 1, unit: 'mines', source: 'imported' };
    expect(
      attributesFromDraft(every, { value: ' 0.3 ', unit: '', estimate: true, qualifier: 'about' }, before),
    ).toEqual({ attributes: { value: 0.3, estimate: true, qualifier: 'about', source: 'imported' } });
  });

  it('leave an unticked box absent unless it was set before', () => {
    const draft = { value: '', unit: '', estimate: false, qualifier: '' };
    expect(attributesFromDraft(every, draft, {})).toEqual({ attributes: {} });
    expect(attributesFromDraft(every, draft, { estimate: true })).toEqual({ attributes: { estimate: false } });
  });

  it('refuse what is not a number or not a choice', () => {
    expect(attributesFromDraft(every, { value: 'abc' }, {})).toEqual({ error: 'value must be a number' });
    expect(attributesFromDraft(every, { qualifier: 'under' }, {})).toEqual({
      error: 'qualifier must be one of the choices',
    });
  });

  it('compare maps by value, not by key order', () => {
    expect(sameAttributes({ value: 1, unit: 'x' }, { unit: 'x', value: 1 })).toBe(true);
    expect(sameAttributes({ value: 1 }, { value: 1, unit: 'x' })).toBe(false);
  });
});

describe('summariseAttributes', () => {
  it('shows a figure as "= value unit" (a range as "= min–max unit") and the rest by name', () => {
    expect(summariseAttributes({ value: 0.25, unit: 'percent' }, figure.attributes)).toBe('= 0.25 percent');
    expect(summariseAttributes({ value: 1500000 }, figure.attributes)).toBe('= 1,500,000');
    expect(summariseAttributes({ value: 2 / 3, unit: 'fraction' }, figure.attributes)).toBe('= 0.666667 fraction');
    expect(summariseAttributes({ estimate: true, qualifier: 'over', value: 5 }, every)).toBe(
      '= 5 · estimate: yes · qualifier: over',
    );
    expect(summariseAttributes({}, figure.attributes)).toBeNull();
    expect(summariseAttributes({ unit: 'mines' }, figure.attributes)).toBe('unit: mines');
    expect(
      summariseAttributes(
        { min: 0.2, max: 0.3, unit: 'percent', kind: 'percentage', qualifier: 'range' },
        figure.attributes,
      ),
    ).toBe('= 0.2–0.3 percent · kind: percentage · qualifier: range');
  });
});

describe('figureSuggestion', () => {
  const text = 'Armenia claimed there were some 400,000 mines, only 25% of them mapped.';
  const figureAt = (quote: string, attributes = {}) =>
    annotationOf(text, 'a', text.indexOf(quote), text.indexOf(quote) + quote.length, { label: 'figure', attributes });

  it('proposes the value, unit, kind and qualifier the Figure label declares, reading the text around the quote', () => {
    expect(figureSuggestion(figureAt('400,000'), figure, text)).toEqual({
      proposal: { ...fig({ value: 400000, unit: 'mines', qualifier: 'approximate' }), hedge: 'about' },
      attributes: { value: 400000, unit: 'mines', kind: 'count', qualifier: 'approximate' },
    });
    expect(figureSuggestion(figureAt('25%'), figure, text)?.attributes).toEqual({
      value: 0.25,
      unit: 'percent',
      kind: 'percentage',
      qualifier: 'exact',
    });
  });

  it('fills a qualifier only where the label declares one that can hold it', () => {
    const withoutQualifier: Label = { ...figure, attributes: figure.attributes.filter((d) => d.name !== 'qualifier') };
    expect(figureSuggestion(figureAt('400,000'), withoutQualifier, text)?.attributes).toEqual({
      value: 400000,
      unit: 'mines',
      kind: 'count',
    });
  });
  it('stays quiet for other labels, figures with a value, and quotes it does not understand', () => {
    expect(isFigureLabel(actor)).toBe(false);
    expect(figureSuggestion(figureAt('400,000'), actor, text)).toBeNull();
    expect(figureSuggestion(figureAt('25%', { value: 0.3 }), figure, text)).toBeNull();
    expect(figureSuggestion(figureAt('25%', { kind: 'date' }), figure, text)).toBeNull();
    expect(figureSuggestion(figureAt('Armenia'), figure, text)).toBeNull();
  });
});

describe('attribute names that are Object.prototype keys', () => {
  const odd: AttributeDefinition[] = ['__proto__', 'constructor', 'toString'].map((name) => ({ name, type: 'string' }));

  it('draft, save and summarise as plain names', () => {
    const saved = JSON.parse('{"__proto__":"a","constructor":"b"}') as Record<string, string>;
    const draft = draftFromAttributes(odd, saved);
    expect(Object.entries(draft)).toEqual([
      ['__proto__', 'a'],
      ['constructor', 'b'],
      ['toString', ''],
    ]);
    const edited = Object.defineProperty(draft, 'toString', { value: 'c', enumerable: true });
    const result = attributesFromDraft(odd, edited, saved);
    expect('attributes' in result && Object.entries(result.attributes)).toEqual([
      ['__proto__', 'a'],
      ['constructor', 'b'],
      ['toString', 'c'],
    ]);
    expect(summariseAttributes(saved, odd)).toBe('__proto__: a · constructor: b');
  });
});

describe('attribute drafts of format version 5', () => {
  const v5: AttributeDefinition[] = [
    { name: 'kind', type: 'choice', choices: ['count', 'money'], multiple: true },
    { name: 'when', type: 'date' },
    { name: 'stance', type: 'choice', choices: ['asserts', 'denies'], required: true },
  ];

  it('hold a multiple choice as the ticked choices, and save them as a list', () => {
    expect(draftFromAttributes(v5, { kind: ['money'], when: '2024-01-31', stance: 'denies' })).toEqual({
      kind: ['money'],
      when: '2024-01-31',
      stance: 'denies',
    });
    expect(attributesFromDraft(v5, { kind: ['count', 'money'], when: '', stance: 'asserts' }, {})).toEqual({
      attributes: { kind: ['count', 'money'], stance: 'asserts' },
    });
    expect(sameAttributes({ kind: ['count'] }, { kind: ['count'] })).toBe(true);
  });

  it('refuse a required field left empty and a date that is no day, saying which', () => {
    expect(attributesFromDraft(v5, { kind: [], when: '', stance: '' }, {})).toEqual({ error: 'stance is required' });
    expect(attributesFromDraft(v5, { kind: [], when: '2023-02-30', stance: 'denies' }, {})).toEqual({
      error: '"when" takes a date as yyyy-mm-dd',
    });
  });
});
