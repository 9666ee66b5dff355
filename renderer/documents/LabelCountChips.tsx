import { selectLabels, useWorkbench } from '../store/workbench-store';
import { labelColourStyle } from '../labelling/label-colour-style';

/** How many annotations a document has of each label, as small coloured chips. */
export function LabelCountChips({ counts }: { counts: Record<string, number> }) {
  const labels = useWorkbench(selectLabels);
  // Own counts only: a label called "constructor" must not read Object.prototype's.
  const countOf = (id: string) => (Object.hasOwn(counts, id) ? counts[id]! : 0);
  const present = labels.filter((l) => countOf(l.id) > 0);
  if (present.length === 0) return null;
  return (
    <span className="label-counts">
      {present.map((l) => (
        <span key={l.id} className="label-count" style={labelColourStyle(l.colour)}>
          <span className="visually-hidden">{l.name}: </span>
          {countOf(l.id)}
        </span>
      ))}
    </span>
  );
}
