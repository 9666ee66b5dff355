import { describe, expect, it } from 'vitest';
import { quoteExcerpt } from '../../../../renderer/display-text/quote-excerpt';

describe('quoteExcerpt', () => {
  it('folds whitespace and keeps short quotes whole', () => {
    expect(quoteExcerpt('  only 25\npercent  ')).toBe('only 25 percent');
  });

  it('cuts long quotes with an ellipsis, never through an emoji', () => {
    expect(quoteExcerpt('a'.repeat(60), 10)).toBe(`${'a'.repeat(9)}…`);
    const cut = quoteExcerpt(`${'a'.repeat(8)}😀bbbb`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}…`);
  });
});
