import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attributeValueProblem, isCalendarDate, type AttributeDefinition } from '../../../../shared/model';

const stance: AttributeDefinition = { name: 'stance', type: 'choice', choices: ['asserts', 'denies'] };
const stances: AttributeDefinition = { ...stance, multiple: true };

describe('attributeValueProblem: whether a value fits its definition', () => {
  it('takes each type’s own values and null (unset), and names the attribute when refusing', () => {
    expect(attributeValueProblem({ name: 'outlet', type: 'string' }, 'RFE/RL')).toBeNull();
    expect(attributeValueProblem({ name: 'value', type: 'number' }, 1.5e6)).toBeNull();
    expect(attributeValueProblem({ name: 'checkable', type: 'boolean' }, false)).toBeNull();
    expect(attributeValueProblem({ name: 'date', type: 'date' }, '2021-06-12')).toBeNull();
    expect(attributeValueProblem({ name: 'value', type: 'number' }, null)).toBeNull();
    expect(attributeValueProblem({ name: 'value', type: 'number' }, '1.5 million')).toBe('"value" takes a number');
    expect(attributeValueProblem({ name: 'checkable', type: 'boolean' }, 'yes')).toBe('"checkable" takes yes or no');
    expect(attributeValueProblem({ name: 'outlet', type: 'string' }, ['a'])).toBe('"outlet" takes text');
  });

  it('takes dates as yyyy-mm-dd of a day that exists', () => {
    expect(attributeValueProblem({ name: 'date', type: 'date' }, '2023-02-30')).toBe(
      '"date" takes a date as yyyy-mm-dd',
    );
    expect(['2024-02-29', '1994-05-12'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2023-02-29', '12/05/1994', '1994-5-12', '1994-05-12T00:00'].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('takes one choice, or with multiple a list of choices; names a value that is no choice', () => {
    expect(attributeValueProblem(stance, 'denies')).toBeNull();
    expect(attributeValueProblem(stance, 'doubts')).toBe('"stance" has no choice "doubts"');
    expect(attributeValueProblem(stance, ['denies'])).toBe('"stance" takes one of its choices');
    expect(attributeValueProblem(stances, ['asserts', 'denies'])).toBeNull();
    expect(attributeValueProblem(stances, [])).toBeNull();
    expect(attributeValueProblem(stances, 'asserts')).toBe('"stance" takes a list of its choices');
    expect(attributeValueProblem(stances, ['asserts', 'maybe'])).toBe('"stance" has no choice "maybe"');
  });

  it('agrees with the calendar on every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) =>
        isCalendarDate(d.toISOString().slice(0, 10)),
      ),
    );
  });
});
