import type { Annotation, Label } from '../../shared/model';
import {
  figureAttributesAt,
  hasFigureAttributes,
  type FigureAttributes,
} from '../../shared/normalise/figure-attributes';

export { hasFigureAttributes, isFigureLabel } from '../../shared/normalise/figure-attributes';

/** The value the attribute editor offers for a figure: the normaliser's proposal and the attributes it sets. */
export type FigureSuggestion = FigureAttributes;

/**
 * The normaliser's proposal for a figure that has none of its attributes yet (one made before
 * figures were filled in when labelled, or emptied), read from its quote and the text around it;
 * null for other labels, figures already normalised or typed in, or quotes it does not understand.
 */
export function figureSuggestion(
  annotation: Annotation,
  label: Label | undefined,
  text: string,
): FigureSuggestion | null {
  if (hasFigureAttributes(annotation.attributes)) return null;
  return figureAttributesAt(label, text, annotation.start, annotation.end);
}
