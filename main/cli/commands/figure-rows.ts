import { ownAttribute, type AttributeValue, type Label } from '../../../shared/model';
import type { DocumentWithAnnotations } from '../../../shared/ipc/views';
import { isFigureLabel } from '../../../shared/normalise/figure-attributes';
import { createOffsetConverter } from '../../../shared/text/code-points';

/** The figure attributes `tagwright figures` lists, in its columns' order. */
export const FIGURE_COLUMNS = ['value', 'min', 'max', 'unit', 'kind', 'qualifier'] as const;

/** One Figure annotation as `tagwright figures` lists it: where it is, its quote, its values as stored. */
export type FigureRow = {
  document: string;
  documentId: string;
  /** Code points of the document's text, as the exports and `suggest` count them. */
  start: number;
  end: number;
  quote: string;
  label: string;
} & Record<(typeof FIGURE_COLUMNS)[number], AttributeValue>;

/** Every annotation of a figure label (one declaring a number `value`) in one document, in text order. */
export function figureRows(opened: DocumentWithAnnotations, labels: readonly Label[]): FigureRow[] {
  const figureLabels = new Map(labels.filter(isFigureLabel).map((l) => [l.id, l.name]));
  const offsets = createOffsetConverter(opened.document.text);
  return opened.annotations
    .filter((a) => figureLabels.has(a.label))
    .map((a) => {
      const stored = (name: (typeof FIGURE_COLUMNS)[number]) => ownAttribute(a.attributes, name) ?? null;
      return {
        document: opened.document.title,
        documentId: opened.document.id,
        start: offsets.toCodePoint(a.start),
        end: offsets.toCodePoint(a.end),
        quote: a.quote,
        label: figureLabels.get(a.label)!,
        value: stored('value'),
        min: stored('min'),
        max: stored('max'),
        unit: stored('unit'),
        kind: stored('kind'),
        qualifier: stored('qualifier'),
      };
    });
}
