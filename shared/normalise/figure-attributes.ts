import type { AttributeMap, Label } from '../model';
import { figureContextAt, proposeFigureValue, type FigureProposal } from './figure-value';

/** What the normaliser reads from a figure's text, and the attributes its label would take from it. */
export interface FigureAttributes {
  proposal: FigureProposal;
  /** Only the attributes the label declares (value, unit, qualifier), with values it accepts. */
  attributes: AttributeMap;
}

/** Whether a label's annotations are figures: it declares a number attribute called `value`. */
export const isFigureLabel = (label: Label | undefined): boolean =>
  label?.attributes.some((a) => a.name === 'value' && a.type === 'number') ?? false;

/**
 * The normalised value, unit and qualifier of the figure at `start`–`end` of `text`, read from the
 * span and the words around it, as attributes of `label`; null for a label that is not a figure's
 * or a span the normaliser does not understand.
 */
export function figureAttributesAt(
  label: Label | undefined,
  text: string,
  start: number,
  end: number,
): FigureAttributes | null {
  if (!label || !isFigureLabel(label)) return null;
  const proposal = proposeFigureValue(text.slice(start, end), figureContextAt(text, start, end));
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
