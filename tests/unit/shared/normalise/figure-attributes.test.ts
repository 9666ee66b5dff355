import { describe, expect, it } from 'vitest';
import { defaultAnnotationSchema, type Label } from '../../../../shared/model';
import { figureAttributesAt } from '../../../../shared/normalise/figure-attributes';
import { FIGURE_KINDS, FIGURE_QUALIFIERS } from '../../../../shared/normalise/figure-proposal';

const figure = defaultAnnotationSchema().labels.find((l) => l.id === 'figure')!;
/** A Figure label as projects made before kinds and ranges have it. */
const older: Label = {
  ...figure,
  attributes: [
    { name: 'value', type: 'number' },
    { name: 'unit', type: 'string' },
    { name: 'qualifier', type: 'choice', choices: ['over', 'under', 'about', 'nearly', 'at least', 'up to'] },
  ],
};

function attributesOf(label: Label, text: string, quote = text) {
  const start = text.indexOf(quote);
  return figureAttributesAt(label, text, start, start + quote.length)?.attributes;
}

describe('figureAttributesAt', () => {
  it('declares every kind and qualifier the normaliser gives in the default Figure label', () => {
    const choices = (name: string) => figure.attributes.find((a) => a.name === name)?.choices;
    expect(choices('kind')).toEqual([...FIGURE_KINDS]);
    expect(choices('qualifier')).toEqual([...FIGURE_QUALIFIERS]);
    expect(figure.attributes.map((a) => [a.name, a.type])).toEqual([
      ['value', 'number'],
      ['min', 'number'],
      ['max', 'number'],
      ['unit', 'string'],
      ['kind', 'choice'],
      ['qualifier', 'choice'],
    ]);
  });

  it('fills a range’s min and max, with no value', () => {
    expect(attributesOf(figure, 'between 20 and 30 per cent')).toEqual({
      min: 0.2,
      max: 0.3,
      unit: 'percent',
      kind: 'percentage',
      qualifier: 'range',
    });
  });

  it('gives a bare year to a number value, and leaves out a full date a number cannot hold', () => {
    expect(attributesOf(figure, 'It began in 1994.', '1994')).toEqual({
      value: 1994,
      kind: 'date',
      qualifier: 'exact',
    });
    expect(attributesOf(figure, 'on 12 March 2020')).toEqual({ kind: 'date', qualifier: 'exact' });
  });

  it('gives an older label its own qualifier word, and nothing its choices refuse', () => {
    expect(attributesOf(older, 'more than 3,400 Azerbaijanis')).toEqual({
      value: 3400,
      unit: 'Azerbaijanis',
      qualifier: 'over',
    });
    expect(attributesOf(older, 'nearly 4,000')).toEqual({ value: 4000, qualifier: 'nearly' });
    // No hedge: "exact" is not among the old choices, so no qualifier is written.
    expect(attributesOf(older, '4,000 mines')).toEqual({ value: 4000, unit: 'mines' });
    // A range has no old word: min, max and qualifier are not declared, only what is stays.
    expect(attributesOf(older, '20-30%')).toEqual({ unit: 'percent' });
    // A multiple-choice qualifier takes its one word as a list.
    const multiple: Label = {
      ...older,
      attributes: [
        { name: 'value', type: 'number' },
        { name: 'qualifier', type: 'choice', multiple: true, choices: ['at least', 'approximate'] },
      ],
    };
    expect(attributesOf(multiple, 'more than 3,400')).toEqual({ value: 3400, qualifier: ['at least'] });
  });

  it('is null for a label that is not a figure’s, or text that holds no figure', () => {
    const actor = defaultAnnotationSchema().labels.find((l) => l.id === 'actor')!;
    expect(attributesOf(actor, '400 mines')).toBeUndefined();
    expect(attributesOf(figure, 'Armenia')).toBeUndefined();
  });
});
