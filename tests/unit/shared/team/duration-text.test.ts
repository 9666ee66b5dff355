import { describe, expect, it } from 'vitest';
import { durationText } from '../../../../shared/team/duration-text';

describe('durationText', () => {
  it('says whole minutes, and hours past the hour', () => {
    expect([0, 59_999, 42 * 60_000, 60 * 60_000, 185 * 60_000 + 59_000].map(durationText)).toEqual([
      '0 min',
      '0 min',
      '42 min',
      '1 h 00 min',
      '3 h 05 min',
    ]);
  });
});
