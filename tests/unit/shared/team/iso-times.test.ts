import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoTimes } from '../../../../shared/team/iso-times';

describe('IsoTimes', () => {
  it('reads every toISOString() time as Date.parse does', () => {
    const times = new IsoTimes();
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (d) => {
        const text = d.toISOString();
        expect(times.ms(text)).toBe(Date.parse(text));
      }),
    );
  });

  it('hands any other form to Date.parse, an impossible one included', () => {
    const times = new IsoTimes();
    for (const text of [
      '2026-03-04T05:06:07Z',
      '2026-03-04T05:06:07.000+01:00',
      '2026-03-04',
      'not a time',
      '2026-03-04T25:06:07.000Z',
      '2026-13-04T05:06:07.000Z',
      '2026-03-04T05:6x:07.000Z',
    ])
      expect(Object.is(times.ms(text), Date.parse(text))).toBe(true);
  });
});
