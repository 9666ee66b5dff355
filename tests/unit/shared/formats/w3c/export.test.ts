import { describe, expect, it } from 'vitest';
import { exporters } from '../../../../../shared/formats/format-registry';
import { exportToFiles } from '../export-files';
import { handCheckedCorpus } from '../format-corpus';

/** The collection as a consumer reads it: `total` and the items of its one page. */
function collectionOf(corpus: ReturnType<typeof handCheckedCorpus>): { total: unknown; items: unknown[] } {
  const written = JSON.parse(exportToFiles(exporters.w3c, corpus).get('')!);
  return { total: written.total, items: written.first.items };
}

describe('W3C export', () => {
  it("counts every annotation the collection holds in its total, relations' and events' included", () => {
    const { total, items } = collectionOf(handCheckedCorpus());
    // 7 span annotations, 1 relation and an event (its classifying annotation and one linking
    // annotation per argument: 3), each an Annotation in the page.
    expect(items).toHaveLength(11);
    expect(total).toBe(11);
  });

  it('gives a total for an export restricted to some labels too', () => {
    const { total, items } = collectionOf({ ...handCheckedCorpus(), labels: ['claim', 'actor'] });
    // claim a3, actors a1 and a4, claim b1, actor b2, and the relation a3 → a4.
    expect(items).toHaveLength(6);
    expect(total).toBe(6);
  });
});
