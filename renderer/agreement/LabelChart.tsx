import { useId } from 'react';
import type { AgreementReport, SpanMeasureKey } from '../../shared/agreement/agreement-report';
import { measurementText, type Measurement } from '../../shared/agreement/measurement';
import type { Label } from '../../shared/model';
import { barChartLayout, CHART, type BarLayout } from './bar-chart-layout';

interface Props {
  report: AgreementReport;
  measure: { key: SpanMeasureKey; title: string };
  /** The schema's labels, for their colours. */
  labels: readonly Label[];
}

/**
 * The group's value of the measure for each label, as a bar chart drawn in SVG with both axes
 * named, and the same numbers in a table (a screen reader reads the table; the chart is its picture).
 */
export function LabelChart({ report, measure, labels }: Props) {
  const id = useId();
  const colour = new Map(labels.map((l) => [l.id, l.colour]));
  const name = new Map(report.labels.map((l) => [l.id, l.name]));
  const rows: ChartRow[] = report.group.perLabel.map((l) => ({
    id: l.label,
    name: name.get(l.label) ?? l.label,
    value: l.agreement[measure.key],
  }));
  const layout = barChartLayout(rows.map((r) => r.value.value));
  const caption = `${measure.title} per label, all annotators together`;
  return (
    <figure className="agreement-chart">
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={`${id}-caption`}>
        <g className="chart-grid">
          {layout.ticks.map((t) => (
            <g key={t.value}>
              <line x1={CHART.left} x2={CHART.width - CHART.right} y1={t.y} y2={t.y} />
              <text x={CHART.left - 8} y={t.y} textAnchor="end" dominantBaseline="middle">
                {t.value.toFixed(2)}
              </text>
            </g>
          ))}
          <line
            className="chart-zero"
            x1={CHART.left}
            x2={CHART.width - CHART.right}
            y1={layout.zero}
            y2={layout.zero}
          />
        </g>
        {rows.map((row, i) => {
          const bar = layout.bars[i]!;
          return (
            <g key={row.id} className="chart-bar">
              {bar.y !== null && (
                <rect
                  x={bar.x}
                  y={bar.y}
                  width={bar.width}
                  height={Math.max(bar.height, 1)}
                  fill={colour.get(row.id)}
                />
              )}
              <text x={bar.centre} y={valueY(bar, layout.zero)} textAnchor="middle">
                {measurementText(row.value, 2)}
              </text>
              <text x={bar.centre} y={CHART.height - CHART.bottom + 18} textAnchor="middle">
                {row.name}
              </text>
            </g>
          );
        })}
        <text
          className="chart-axis-title"
          x={(CHART.left + CHART.width - CHART.right) / 2}
          y={CHART.height - 8}
          textAnchor="middle"
        >
          Label
        </text>
        <text
          className="chart-axis-title"
          transform={`translate(14 ${(CHART.top + CHART.height - CHART.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {measure.title}
        </text>
      </svg>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <ChartNumbers caption={caption} title={measure.title} rows={rows} />
    </figure>
  );
}

/** Where a bar's value is written: above it, or below it when it hangs under 0. */
function valueY(bar: BarLayout, zero: number): number {
  if (bar.y === null) return zero - 6;
  return bar.y === zero && bar.height > 0 ? bar.y + bar.height + 14 : bar.y - 6;
}

interface ChartRow {
  id: string;
  name: string;
  value: Measurement;
}

/** The chart's numbers as a table, an undefined value with its reason. */
function ChartNumbers({ caption, title, rows }: { caption: string; title: string; rows: readonly ChartRow[] }) {
  return (
    <table className="agreement-chart-numbers">
      <caption className="visually-hidden">{caption}: the numbers</caption>
      <thead>
        <tr>
          <th scope="col">Label</th>
          <th scope="col">{title}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            <td>{row.value.value === null ? `undefined: ${row.value.reason}` : measurementText(row.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
