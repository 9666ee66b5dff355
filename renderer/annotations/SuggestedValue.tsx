import { summariseAttributes } from './attribute-summary';
import type { FigureSuggestion } from './figure-suggestion';
import type { Label } from '../../shared/model';

interface Props {
  suggestion: FigureSuggestion;
  label: Label;
  id: string;
  disabled: boolean;
  onAccept(): void;
  onFillIn(): void;
}

/** The normaliser's proposal for a figure, marked as a suggestion: nothing is saved until accepted. */
export function SuggestedValue({ suggestion, label, id, disabled, onAccept, onFillIn }: Props) {
  // A label without a qualifier attribute still hears how the text hedged the figure.
  const { hedge } = suggestion.proposal;
  const unsaved = hedge && suggestion.attributes.qualifier === undefined ? hedge : null;
  return (
    <div className="attribute-suggestion" role="group" aria-labelledby={`${id}-text`}>
      <p id={`${id}-text`} className="attribute-suggestion-text">
        <span className="attribute-suggestion-tag">Suggested</span>{' '}
        {summariseAttributes(suggestion.attributes, label.attributes)}
        {unsaved && <span className="attribute-suggestion-note"> (the text says “{unsaved}”)</span>}
      </p>
      <div className="attribute-suggestion-actions">
        <button type="button" className="attribute-suggestion-accept" disabled={disabled} onClick={onAccept}>
          Use suggestion
        </button>
        <button type="button" className="quiet-button" disabled={disabled} onClick={onFillIn}>
          Edit first
        </button>
      </div>
    </div>
  );
}
