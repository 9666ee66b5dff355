import { useId } from 'react';
import type { ExportLoss } from '../../shared/formats/export-job';
import { EXPORT_LOSS_KINDS } from '../../shared/formats/format-facts';

export interface ExportLossListProps {
  /** The format's title, as the dialog names it. */
  title: string;
  losses: readonly ExportLoss[];
}

/** What the export's format could not carry, a line per kind with its count (or that nothing was left out). */
export function ExportLossList({ title, losses }: ExportLossListProps) {
  const id = useId();
  if (losses.length === 0) return <p className="export-losses">Nothing was left out.</p>;
  return (
    <div className="export-losses">
      <p id={`${id}-title`}>Not carried by {title}:</p>
      <ul aria-labelledby={`${id}-title`}>
        {losses.map((loss) => (
          <li key={loss.kind}>
            {EXPORT_LOSS_KINDS[loss.kind]}: <strong>{loss.count}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
