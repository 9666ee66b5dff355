import { describe, expect, it } from 'vitest';
import { exporters } from '../../../../../shared/formats/format-registry';
import { exportToFiles } from '../export-files';
import { handCheckedCorpus } from '../format-corpus';

/** Each line of a doccano export, parsed. */
function linesOf(form?: string): Record<string, unknown>[] {
  const corpus = { ...handCheckedCorpus(), ...(form ? { form } : {}) };
  return exportToFiles(exporters.doccano, corpus)
    .get('')!
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('doccano export', () => {
  it('writes sequence labelling by default: "label": [[start, end, label]] in code points', () => {
    const [d1] = linesOf();
    expect(d1).not.toHaveProperty('entities');
    expect(d1!.label).toContainEqual([50, 54, 'actor']);
  });

  it("writes the relation form as doccano's relation projects export it: entities with integer ids, relations by those ids", () => {
    const [d1, d2] = linesOf('relations');
    expect(d1).not.toHaveProperty('label');
    // Reading order; the discontinuous event (😀 … maps) is one entity per fragment.
    expect(d1!.entities).toEqual([
      { id: 1, label: 'actor', start_offset: 0, end_offset: 7 },
      { id: 2, label: 'event', start_offset: 8, end_offset: 9 },
      { id: 3, label: 'event', start_offset: 15, end_offset: 19 },
      { id: 4, label: 'claim', start_offset: 21, end_offset: 43 },
      { id: 5, label: 'figure', start_offset: 26, end_offset: 29 },
      { id: 6, label: 'actor', start_offset: 50, end_offset: 54 },
    ]);
    expect(d1!.relations).toEqual([{ id: 1, from_id: 4, to_id: 6, type: 'attributed-to' }]);
    // Ids go on across documents: unique in the file, as in doccano's own export.
    expect((d2!.entities as { id: number }[]).map((e) => e.id)).toEqual([7, 8]);
    expect(d2!.relations).toEqual([]);
  });
});
