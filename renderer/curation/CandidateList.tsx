import { forwardRef, useId } from 'react';
import type { CurationView } from '../../shared/curation/curation-view';
import { labelColourStyle } from '../labelling/label-colour-style';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { CANDIDATE_STATE_TEXT } from './candidate-state-text';
import { candidateText, disputeDetails } from './candidate-text';

interface Props {
  view: CurationView;
  text: string;
  currentKey: string | null;
  onChoose(key: string): void;
}

/**
 * The candidates in text order as a listbox: the current one is its active option (J/K move it),
 * each with its state in words, who made it and why it is disputed.
 */
export const CandidateList = forwardRef<HTMLUListElement, Props>(function CandidateList(
  { view, text, currentKey, onChoose },
  ref,
) {
  const id = useId();
  const labels = useWorkbench(selectLabels);
  const names = new Map(view.lanes.map((l) => [l.annotator, l.name]));
  const nameOf = (annotator: string) => names.get(annotator) ?? annotator;
  const optionId = (index: number) => `${id}-candidate-${index}`;
  const currentIndex = view.candidates.findIndex((c) => c.key === currentKey);
  return (
    <ul
      ref={ref}
      role="listbox"
      aria-label="Candidates"
      tabIndex={0}
      className="curation-candidates"
      aria-activedescendant={currentIndex === -1 ? undefined : optionId(currentIndex)}
    >
      {view.candidates.map((c, i) => {
        const { labelName, colour, quote } = candidateText(c, labels, text);
        const state = CANDIDATE_STATE_TEXT[c.state];
        return (
          <li
            key={c.key}
            id={optionId(i)}
            role="option"
            aria-selected={c.key === currentKey}
            className={`curation-candidate is-${c.state}`}
            onClick={() => onChoose(c.key)}
          >
            <span className="curation-state">
              <span aria-hidden="true">{state.icon}</span> {state.text}
            </span>{' '}
            <span className="label-count curation-label" style={labelColourStyle(colour)}>
              {labelName}
            </span>{' '}
            “<bdi>{quote}</bdi>” <span className="curation-who">by {c.annotators.map(nameOf).join(', ')}</span>
            {c.state !== 'settled' && disputeDetails(c, nameOf).length > 0 && (
              <span className="curation-details"> · {disputeDetails(c, nameOf).join(' · ')}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
});
