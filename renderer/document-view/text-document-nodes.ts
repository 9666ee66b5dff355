import { Node, getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import type { OffsetIndex } from './offset-index';

// The view needs only lines of plain text: a document of paragraphs of text, nothing else
// (no marks, no hard breaks), so every position maps to exactly one text offset.
export const TextDocument = Node.create({ name: 'doc', topNode: true, content: 'paragraph*' });

export const TextParagraph = Node.create({
  name: 'paragraph',
  group: 'block',
  content: 'text*',
  parseHTML: () => [{ tag: 'p' }],
  // Each line takes the direction of its first strong character (Unicode's paragraph rule): an
  // Arabic or Hebrew line runs right to left, an English one beside it left to right.
  renderHTML: () => ['p', { dir: 'auto' }, 0],
});

export const TextRun = Node.create({ name: 'text', group: 'inline' });

export const textDocumentExtensions = [TextDocument, TextParagraph, TextRun];

/** The ProseMirror schema of the document view (also usable under Node, for tests). */
export function createTextDocumentSchema(): Schema {
  return getSchema(textDocumentExtensions);
}

/** Paragraph nodes for paragraphs `from` (inclusive) to `to` (exclusive) of the indexed text. */
export function buildParagraphNodes(schema: Schema, index: OffsetIndex, from: number, to: number): ProseMirrorNode[] {
  const paragraph = schema.nodes.paragraph!;
  const nodes: ProseMirrorNode[] = [];
  for (let i = from; i < to; i++) {
    const line = index.paragraphText(i);
    nodes.push(paragraph.create(null, line.length > 0 ? schema.text(line) : null));
  }
  return nodes;
}
