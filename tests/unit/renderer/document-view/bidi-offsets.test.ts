import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOffsetIndex } from '../../../../renderer/document-view/offset-index';
import { selectionToSpan } from '../../../../renderer/document-view/selection-span';
import { buildParagraphNodes, createTextDocumentSchema } from '../../../../renderer/document-view/text-document-nodes';
import { isInsideSurrogatePair } from '../../../../shared/text/surrogate-pairs';
import { annotationOver } from './annotation-arbitrary';
import { bidiTextArbitrary } from './bidi-text';
import { all, idsOf, stateFor } from './highlight-state';

const schema = createTextDocumentSchema();
const scriptsDir = resolve(import.meta.dirname, '../../../fixtures/scripts');
const SCRIPTS = ['arabic', 'hebrew', 'armenian', 'azerbaijani-latin', 'azerbaijani-cyrillic', 'mixed'];

/** Every ProseMirror position a caret can stand at: inside a paragraph, between whole characters. */
function caretPositions(text: string): number[] {
  const index = createOffsetIndex(text);
  const positions: number[] = [];
  for (let offset = 0; offset <= text.length; offset++) {
    if (!isInsideSurrogatePair(text, offset)) positions.push(index.posAt(offset));
  }
  return positions;
}

/** A text with a selection made as a browser makes one: anchor and head at caret positions, either way round. */
const selectedText = bidiTextArbitrary.chain((text) => {
  const positions = caretPositions(text);
  return fc.record({
    text: fc.constant(text),
    anchor: fc.constantFrom(...positions),
    head: fc.constantFrom(...positions),
    snap: fc.boolean(),
  });
});

describe('offsets in right-to-left and mixed-script text', () => {
  it('map every offset to a position and back, and every span to its own text', () => {
    fc.assert(
      fc.property(bidiTextArbitrary, (text) => {
        const index = createOffsetIndex(text);
        const doc = schema.nodes.doc!.create(null, buildParagraphNodes(schema, index, 0, index.paragraphCount));
        for (let start = 0; start <= text.length; start++) {
          expect(index.offsetAt(index.posAt(start))).toBe(start);
          for (let end = start; end <= text.length; end++) {
            expect(doc.textBetween(index.posAt(start), index.posAt(end), '\n')).toBe(text.slice(start, end));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('take a selection to a span whose highlight covers exactly its quote', () => {
    fc.assert(
      fc.property(selectedText, ({ text, anchor, head, snap }) => {
        const index = createOffsetIndex(text);
        const [from, to] = [Math.min(anchor, head), Math.max(anchor, head)];
        const span = selectionToSpan(text, { start: index.offsetAt(from), end: index.offsetAt(to) }, snap);
        if (!span) return;
        const quote = text.slice(span.start, span.end);
        // Whole characters, no invisible direction marks or spaces at its edges.
        expect(isInsideSurrogatePair(text, span.start) || isInsideSurrogatePair(text, span.end)).toBe(false);
        expect(/^[\s\u061c\u200e\u200f\u2066-\u2069]|[\s\u061c\u200e\u200f\u2066-\u2069]$/u.test(quote)).toBe(false);
        // A snapped span keeps each mark with its letter.
        if (snap) expect(/^\p{M}/u.test(quote) || /^\p{M}/u.test(text.slice(span.end))).toBe(false);
        const { state } = stateFor(text, [annotationOver(text, 'a', span.start, span.end)]);
        const drawn = all(state)
          .filter((d) => idsOf(d).includes('a'))
          .sort((x, y) => x.from - y.from)
          .map((d) => state.doc.textBetween(d.from, d.to))
          .join('');
        expect(drawn).toBe(quote.replaceAll('\n', ''));
      }),
      { numRuns: 400 },
    );
  });

  it('snap a click inside any word of the script fixtures to that whole word', () => {
    for (const name of SCRIPTS) {
      const text = readFileSync(join(scriptsDir, `${name}.txt`), 'utf8');
      for (const word of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’\u05f3\u05f4\u055a-\u055c\u055e][\p{L}\p{M}]+)*/gu)) {
        const start = word.index;
        const end = start + word[0].length;
        const middle = start + Math.floor(word[0].length / 2);
        const inside = isInsideSurrogatePair(text, middle) ? middle - 1 : middle;
        const span = selectionToSpan(text, { start: inside, end: Math.min(end, inside + 1) }, true);
        expect(span, `${name}: "${word[0]}"`).toEqual({ start, end });
      }
    }
  });

  it('keep in-word marks inside a word and direction marks out of a quote', () => {
    const text = 'צה״ל אמר\u200f: ինչո՞ւ؛ می\u200cخواهم ‏وقال\u200f';
    const at = (s: string) => text.indexOf(s);
    const snapped = (s: string) => {
      const span = selectionToSpan(text, { start: at(s) + 1, end: at(s) + 2 }, true)!;
      return text.slice(span.start, span.end);
    };
    expect(snapped('צה״ל')).toBe('צה״ל');
    expect(snapped('ինչո՞ւ')).toBe('ինչո՞ւ');
    expect(snapped('می\u200cخواهم')).toBe('می\u200cخواهم');
    const trimmed = selectionToSpan(text, { start: at('‏وقال'), end: text.length }, false)!;
    expect(text.slice(trimmed.start, trimmed.end)).toBe('وقال');
  });
});
