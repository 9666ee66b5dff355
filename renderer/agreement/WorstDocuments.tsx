import type { DocumentAgreement } from '../../shared/agreement/agreement-report';
import { measurementText } from '../../shared/agreement/measurement';

/** How many of the worst documents the dialog lists (the exported report has them all). */
const SHOWN = 10;

/** The documents the annotators agree on least, worst first; each opens in the workbench at a click. */
export function WorstDocuments({
  documents,
  onOpen,
}: {
  documents: readonly DocumentAgreement[];
  onOpen(id: string): void;
}) {
  if (documents.length === 0) return null;
  return (
    <section className="agreement-worst" aria-labelledby="agreement-worst-title">
      <h3 id="agreement-worst-title">Documents with the least agreement</h3>
      <ol>
        {documents.slice(0, SHOWN).map((d) => (
          <li key={d.id}>
            <button type="button" className="link-button" onClick={() => onOpen(d.id)}>
              {d.title}
            </button>{' '}
            <span className="agreement-figures">
              token alpha {measurementText(d.tokenAlpha)}, overlap F1 {measurementText(d.overlapF1)}, {d.annotators}{' '}
              annotators
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
