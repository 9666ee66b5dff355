import type { AgreementReport, SpanMeasureKey } from '../../shared/agreement/agreement-report';
import { measurementText, type Measurement } from '../../shared/agreement/measurement';

interface Props {
  report: AgreementReport;
  measure: { key: SpanMeasureKey; title: string };
}

/**
 * Every pair of annotators in a table, one annotator a row and a column: the pair's value of the
 * measure over all labels (the same either way round: F1 and the token measures are symmetric).
 * What makes a value undefined is said under the table.
 */
export function PairMatrix({ report, measure }: Props) {
  const { annotators } = report;
  const valueOf = (a: string, b: string): Measurement | null => {
    const pair = report.pairs.find((p) => (p.reference === a && p.other === b) || (p.reference === b && p.other === a));
    return pair ? pair.overall[measure.key] : null;
  };
  const undefinedPairs = report.pairs.filter((p) => p.overall[measure.key].value === null);
  const name = new Map(annotators.map((a) => [a.id, a.name]));
  return (
    <>
      <table className="agreement-matrix">
        <caption>
          {measure.title} between each pair of annotators, all labels (group:{' '}
          {measurementText(report.group.overall[measure.key])})
        </caption>
        <thead>
          <tr>
            <td />
            {annotators.map((a) => (
              <th scope="col" key={a.id}>
                {a.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {annotators.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              {annotators.map((column) => {
                const value = row.id === column.id ? null : valueOf(row.id, column.id);
                return <td key={column.id}>{value ? measurementText(value) : '—'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {undefinedPairs.length > 0 && (
        <ul className="agreement-notes" aria-label="Why some values are undefined">
          {undefinedPairs.map((p) => (
            <li key={`${p.reference}\u0000${p.other}`}>
              {name.get(p.reference)} and {name.get(p.other)}: {p.overall[measure.key].reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
