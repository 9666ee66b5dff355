import { GOLD_ANNOTATOR, type Annotation } from '../../shared/model';
import type { CurationCandidate } from '../../shared/curation/curation-candidates';
import type { CurationView } from '../../shared/curation/curation-view';
import { shownQuote } from '../display-text/shown-quote';
import { labelColourStyle } from '../labelling/label-colour-style';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { CANDIDATE_STATE_TEXT } from './candidate-state-text';

interface Props {
  view: CurationView;
  current: CurationCandidate | null;
}

/**
 * One row per annotator, numbered as the keys that accept their version (1–9), and the gold row:
 * each span with its label's colour and name, its text, and its candidate's state in words; the
 * current candidate's spans are marked.
 */
export function CurationLanes({ view, current }: Props) {
  const rejected = new Set(view.record?.rejected ?? []);
  const stateOf = new Map(view.candidates.flatMap((c) => c.versions.map((v) => [v.annotationId, c.state] as const)));
  const isCurrent = (a: Annotation) =>
    current !== null &&
    (current.versions.some((v) => v.annotationId === a.id) ||
      (a.annotator === GOLD_ANNOTATOR && a.start < current.end && current.start < a.end));
  const marker = (a: Annotation) => {
    if (rejected.has(a.id)) return { icon: '✗', text: 'rejected' };
    const state = stateOf.get(a.id);
    return state ? CANDIDATE_STATE_TEXT[state] : { icon: '★', text: 'gold' };
  };
  const rows = [
    ...view.lanes.map((l, i) => ({ key: l.annotator, heading: `${i + 1} · ${l.name}`, spans: l.annotations })),
    { key: 'gold', heading: 'Gold', spans: view.gold },
  ];
  return (
    <table className="curation-lanes">
      <caption>Lanes (press a lane’s number to accept its version)</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.heading}</th>
            <td>
              {row.spans.length === 0 ? (
                <span className="curation-empty">no spans</span>
              ) : (
                <ul className="curation-spans">
                  {row.spans.map((a) => (
                    <LaneSpan key={a.id} annotation={a} current={isCurrent(a)} marker={marker(a)} />
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LaneSpan({
  annotation,
  current,
  marker,
}: {
  annotation: Annotation;
  current: boolean;
  marker: { icon: string; text: string };
}) {
  const label = useWorkbench(selectLabels).find((l) => l.id === annotation.label);
  return (
    <li
      className={current ? 'curation-span is-current' : 'curation-span'}
      aria-current={current ? 'true' : undefined}
      style={labelColourStyle(label?.colour ?? 'currentColor')}
    >
      <span className="curation-span-label">{label?.name ?? annotation.label}</span> “
      <bdi>{shownQuote(annotation)}</bdi>”{' '}
      <span className="curation-marker">
        <span aria-hidden="true">{marker.icon}</span> {marker.text}
      </span>
    </li>
  );
}
