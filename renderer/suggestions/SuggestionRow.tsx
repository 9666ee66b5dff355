import { memo, useEffect, useRef } from 'react';
import type { Label } from '../../shared/model';
import type { Suggestion } from '../../shared/suggest/suggestion';
import { ENTITY_KIND_NAMES } from '../../shared/suggest/entity-kinds';
import { summariseAttributes } from '../annotations/attribute-summary';
import { quoteExcerpt } from '../display-text/quote-excerpt';
import { labelColourStyle } from '../labelling/label-colour-style';

interface Props {
  suggestion: Suggestion;
  labelById: ReadonlyMap<string, Label>;
  focused: boolean;
  /** The one row Tab reaches (roving focus: arrows move between rows). */
  tabStop: boolean;
  readOnly: boolean;
  helpId: string;
  onFocus(suggestion: Suggestion): void;
  onAccept(suggestion: Suggestion): void;
  onReject(suggestion: Suggestion): void;
}

/** Where a suggestion comes from, in words. */
function sourceText(suggestion: Suggestion, tiedLabelNames: string[]): string {
  if (suggestion.source === 'nlp')
    return `Found in the text: ${suggestion.kind ? ENTITY_KIND_NAMES[suggestion.kind].toLowerCase() : 'entity'}`;
  const ties = tiedLabelNames.length > 0 ? `; labelled ${tiedLabelNames.join(', ')} as often` : '';
  return `Labelled so elsewhere in this project${ties}`;
}

/** One suggestion: its text and label (focus it to act with the keys), and Accept and Reject for the mouse. */
export const SuggestionRow = memo(function SuggestionRow(props: Props) {
  const { suggestion, labelById, focused, tabStop, readOnly, helpId } = props;
  const label = labelById.get(suggestion.label);
  const tiedLabelNames = (suggestion.tiedLabels ?? []).map((id) => labelById.get(id)?.name ?? id);
  const rowRef = useRef<HTMLLIElement>(null);
  // Focused from the text (a click on its outline): bring its row into sight.
  useEffect(() => {
    if (focused) rowRef.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const excerpt = quoteExcerpt(suggestion.text);
  const labelName = label?.name ?? suggestion.label;
  const value = summariseAttributes(suggestion.attributes, label?.attributes ?? []);
  return (
    <li
      ref={rowRef}
      className={focused ? 'suggestion-row is-focused' : 'suggestion-row'}
      style={labelColourStyle(label?.colour ?? '#888888')}
    >
      <button
        type="button"
        className="suggestion-quote"
        data-suggestion-row={suggestion.id}
        tabIndex={tabStop ? 0 : -1}
        aria-label={`“${excerpt}”, suggested ${labelName}`}
        aria-describedby={helpId}
        aria-keyshortcuts="Enter A Delete R Shift+A"
        onFocus={() => props.onFocus(suggestion)}
        onClick={() => props.onFocus(suggestion)}
      >
        <span className="suggestion-label">{labelName}</span>
        <span className="suggestion-text">“{suggestion.text}”</span>
        {value && <span className="suggestion-value">{value}</span>}
      </button>
      <p className="suggestion-source">{sourceText(suggestion, tiedLabelNames)}</p>
      <div className="suggestion-actions">
        <button
          type="button"
          className="quiet-button"
          tabIndex={-1}
          disabled={readOnly}
          aria-label={`Accept “${excerpt}” as ${labelName}`}
          onClick={() => props.onAccept(suggestion)}
        >
          Accept
        </button>
        <button
          type="button"
          className="quiet-button"
          tabIndex={-1}
          disabled={readOnly}
          aria-label={`Reject “${excerpt}” as ${labelName}`}
          onClick={() => props.onReject(suggestion)}
        >
          Reject
        </button>
      </div>
    </li>
  );
});
