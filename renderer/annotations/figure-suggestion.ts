import type { Annotation, AttributeMap, Label } from '../../shared/model';
import { figureContextAt, proposeFigureValue, type FigureProposal } from '../../shared/normalise/figure-value';

export interface FigureSuggestion {
  proposal: FigureProposal;
  /** The attributes accepting it would set: those the label declares (value, unit, qualifier). */
  attributes: AttributeMap;
}

/** Whether a label's annotations are figures: it declares a number attribute called `value`. */
export const isFigureLabel = (label: Label | undefined): boolean =>
  label?.attributes.some((a) => a.name === 'value' && a.type === 'number') ?? false;

/**
 * The normaliser's proposal for a figure that has no value yet, read from its quote and the text
 * around it; null for other labels, figures with a value, or quotes it does not understand.
 */
export function figureSuggestion(
  annotation: Annotation,
  label: Label | undefined,
  text: string,
): FigureSuggestion | null {
  if (!label || !isFigureLabel(label) || typeof annotation.attributes.value === 'number') return null;
  const proposal = proposeFigureValue(annotation.quote, figureContextAt(text, annotation.start, annotation.end));
  if (!proposal) return null;
  const declared = (name: string) => label.attributes.find((a) => a.name === name);
  const attributes: AttributeMap = { value: proposal.value };
  if (proposal.unit && declared('unit')?.type === 'string') attributes.unit = proposal.unit;
  const qualifier = declared('qualifier');
  if (
    proposal.qualifier &&
    (qualifier?.type === 'string' || (qualifier?.type === 'choice' && qualifier.choices?.includes(proposal.qualifier)))
  )
    attributes.qualifier = proposal.qualifier;
  return { proposal, attributes };
}
