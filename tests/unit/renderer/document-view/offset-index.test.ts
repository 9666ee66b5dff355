import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createOffsetIndex } from '../../../../renderer/document-view/offset-index';
import { buildParagraphNodes, createTextDocumentSchema } from '../../../../renderer/document-view/text-document-nodes';
import { hardTextArbitrary } from './hard-text';

const schema = createTextDocumentSchema();

function docFor(text: string) {
  const index = createOffsetIndex(text);
  const doc = schema.nodes.doc!.create(null, buildParagraphNodes(schema, index, 0, index.paragraphCount));
  return { index, doc };
}

describe('offset index', () => {
  it('maps a small text with empty lines exactly', () => {
    const text = 'ab\n\ncd';
    const { index, doc } = docFor(text);
    expect(index.paragraphCount).toBe(3);
    expect(doc.childCount).toBe(3);
    expect([0, 1, 2, 3, 4, 5, 6].map((o) => index.posAt(o))).toEqual([1, 2, 3, 5, 7, 8, 9]);
    expect(doc.textBetween(index.posAt(1), index.posAt(5), '\n')).toBe('b\n\nc');
    expect(index.paragraphAtOffset(2)).toBe(0);
    expect(index.paragraphAtOffset(3)).toBe(1);
    expect(index.paragraphAtOffset(4)).toBe(2);
  });

  it('treats the empty text as one empty paragraph', () => {
    const { index, doc } = docFor('');
    expect(index.paragraphCount).toBe(1);
    expect(doc.content.size).toBe(2);
    expect(index.posAt(0)).toBe(1);
    expect(index.offsetAt(0)).toBe(0);
    expect(index.offsetAt(2)).toBe(0);
  });

  it('is exact for every offset pair of random hard texts, and round-trips', () => {
    fc.assert(
      fc.property(hardTextArbitrary, (text) => {
        const { index, doc } = docFor(text);
        expect(doc.textContent.length + index.paragraphCount - 1).toBe(text.length);
        for (let start = 0; start <= text.length; start++) {
          const from = index.posAt(start);
          expect(index.offsetAt(from)).toBe(start);
          // The position must sit inside a paragraph's content, where a selection can be.
          expect(doc.resolve(from).parent.type.name).toBe('paragraph');
          for (let end = start; end <= text.length; end++) {
            expect(doc.textBetween(from, index.posAt(end), '\n')).toBe(text.slice(start, end));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('snaps positions between paragraphs to the nearest content edge', () => {
    fc.assert(
      fc.property(hardTextArbitrary, (text) => {
        const { index, doc } = docFor(text);
        for (let pos = 0; pos <= doc.content.size; pos++) {
          const offset = index.offsetAt(pos);
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(text.length);
          // Mapping back lands on a content position no further than one token away.
          expect(Math.abs(index.posAt(offset) - pos)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 },
    );
  });
});
