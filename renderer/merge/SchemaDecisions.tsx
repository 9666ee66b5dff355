import type { ResolvedDifference } from '../../shared/merge/merge-summary';
import type { SchemaResolution } from '../../shared/merge/schema-differences';

const PART_NAMES = {
  labels: 'Label',
  relationTypes: 'Relation type',
  eventTypes: 'Event type',
  equivalenceTypes: 'Equivalence type',
  documentAttributes: 'Document attribute',
} as const;

/** The choices a difference offers: an item only the file has is added or left out; one defined otherwise is kept, taken, or joined. */
function choicesFor(d: ResolvedDifference): { value: SchemaResolution; text: string }[] {
  if (d.kind === 'missing-here') {
    return [
      { value: 'theirs', text: 'Add it' },
      { value: 'ours', text: 'Leave it out (and what of theirs uses it)' },
    ];
  }
  return [
    { value: 'ours', text: 'Keep ours' },
    { value: 'theirs', text: 'Take theirs' },
    ...(d.fields.includes('attributes') ? [{ value: 'union' as const, text: 'Keep ours, add their attributes' }] : []),
  ];
}

/** What the difference is, in words. */
function describe(d: ResolvedDifference, file: string): string {
  const what = `${PART_NAMES[d.part]} "${d.name}"`;
  if (d.kind === 'missing-here') return `${what} is only in ${file}.`;
  return `${what} differs in ${file}: ${d.fields.join(', ')}.`;
}

/**
 * The schema differences that wait for a decision, one group of radio buttons each (arrow keys
 * move within a group, Tab between them), before anything is written.
 */
export function SchemaDecisions({
  differences,
  decisions,
  onDecide,
}: {
  differences: { file: string; difference: ResolvedDifference }[];
  decisions: Record<string, SchemaResolution>;
  onDecide: (key: string, resolution: SchemaResolution) => void;
}) {
  return (
    <div className="merge-decisions">
      <p>
        The schemas differ. Choose what the merged project keeps; nothing is written until every difference is decided.
      </p>
      {differences.map(({ file, difference }) => (
        <fieldset key={`${file}:${difference.key}`}>
          <legend>{describe(difference, file)}</legend>
          {choicesFor(difference).map((choice) => (
            <label key={choice.value}>
              <input
                type="radio"
                name={`${file}:${difference.key}`}
                value={choice.value}
                checked={decisions[difference.key] === choice.value}
                onChange={() => onDecide(difference.key, choice.value)}
              />
              {choice.text}
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
