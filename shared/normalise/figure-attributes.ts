import {
  attributeValueProblem,
  ownAttribute,
  type AttributeDefinition,
  type AttributeMap,
  type AttributeValue,
  type Label,
} from '../model';
import type { FigureProposal } from './figure-proposal';
import { figureContextAt, normaliseFigure } from './figure-value';

/** What the normaliser reads from a figure's text, and the attributes its label would take from it. */
export interface FigureAttributes {
  proposal: FigureProposal;
  /** Only the attributes the label declares, with values it accepts. */
  attributes: AttributeMap;
}

/** Whether a label's annotations are figures: it declares a number attribute called `value`. */
export const isFigureLabel = (label: Label | undefined): boolean =>
  label?.attributes.some((a) => a.name === 'value' && a.type === 'number') ?? false;

/** The attributes the normaliser fills; one already set means the figure has been normalised (or typed in). */
const FIGURE_ATTRIBUTES = ['value', 'min', 'max', 'unit', 'kind', 'qualifier'] as const;

export const hasFigureAttributes = (attributes: AttributeMap): boolean =>
  FIGURE_ATTRIBUTES.some((name) => ownAttribute(attributes, name) !== undefined);

/**
 * What an attribute may take, best first: a bare year is a number too; a label offering the first
 * qualifier choices ("over", "about") gets the hedge word the text used, the finer of the two.
 */
function candidates(
  proposal: FigureProposal,
  name: (typeof FIGURE_ATTRIBUTES)[number],
  definition: AttributeDefinition,
): AttributeValue[] {
  const { value, hedge, qualifier } = proposal;
  if (name === 'value') return typeof value === 'string' && /^\d{4}$/.test(value) ? [value, Number(value)] : [value];
  if (name === 'qualifier' && definition.type === 'choice' && hedge) return [hedge, qualifier];
  return [proposal[name]];
}

/** The proposal as attributes of `label`: each one it declares and can hold, never a value its choices refuse. */
export function figureAttributesOf(label: Label, proposal: FigureProposal): AttributeMap {
  const attributes: AttributeMap = {};
  for (const name of FIGURE_ATTRIBUTES) {
    const definition = label.attributes.find((a) => a.name === name);
    if (!definition) continue;
    // A multiple-choice attribute holds a list: the one qualifier or kind, as a list of one.
    const asDeclared = (v: AttributeValue): AttributeValue =>
      definition.type === 'choice' && definition.multiple && typeof v === 'string' ? [v] : v;
    const fit = candidates(proposal, name, definition)
      .filter((v) => v !== null)
      .map(asDeclared)
      .find((v) => attributeValueProblem(definition, v) === null);
    if (fit !== undefined) attributes[name] = fit;
  }
  return attributes;
}

/**
 * The normalised value (or min and max), unit, kind and qualifier of the figure at `start`–`end`
 * of `text`, read from the span and the words around it, as attributes of `label`; null for a
 * label that is not a figure's or a span the normaliser does not understand.
 */
export function figureAttributesAt(
  label: Label | undefined,
  text: string,
  start: number,
  end: number,
): FigureAttributes | null {
  if (!label || !isFigureLabel(label)) return null;
  const proposal = normaliseFigure(text.slice(start, end), figureContextAt(text, start, end));
  return proposal ? { proposal, attributes: figureAttributesOf(label, proposal) } : null;
}
