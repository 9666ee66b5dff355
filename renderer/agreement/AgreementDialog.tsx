import { useId, useState } from 'react';
import { SPAN_MEASURES } from '../../shared/agreement/agreement-report';
import { DialogAlert } from '../chrome/DialogAlert';
import { useModal } from '../hooks/use-modal';
import { openDocument } from '../store/annotation-commands';
import { useWorkbench } from '../store/workbench-store';
import { LabelChart } from './LabelChart';
import { PairMatrix } from './PairMatrix';
import { ReportExport } from './ReportExport';
import { useAgreementReport } from './use-agreement-report';
import { WorstDocuments } from './WorstDocuments';
import './agreement-dialog.css';

/**
 * How far the project's annotators agree (docs/agreement.md): a measure to show, the pairwise
 * matrix, the per-label chart, the worst documents (a click opens one), and the report to export.
 */
export function AgreementDialog() {
  const open = useWorkbench((s) => s.agreementOpen);
  const setOpen = useWorkbench((s) => s.setAgreementOpen);
  const labels = useWorkbench((s) => s.session?.project?.schema.labels ?? []);
  const ref = useModal(open);
  const id = useId();
  const [measureKey, setMeasureKey] = useState<(typeof SPAN_MEASURES)[number]['key']>('overlapF1');
  const measure = SPAN_MEASURES.find((m) => m.key === measureKey)!;
  const { state, remeasure, forget } = useAgreementReport(open);
  const report = state.kind === 'measured' ? state.report : null;
  const close = () => {
    forget();
    setOpen(false);
  };
  const openFromReport = (documentId: string) => {
    close();
    void openDocument(documentId);
  };
  return (
    <dialog ref={ref} className="form-dialog agreement-dialog" aria-labelledby={`${id}-title`} onClose={close}>
      <h2 id={`${id}-title`}>Agreement between annotators</h2>
      {state.kind === 'measuring' && <p role="status">Measuring agreement…</p>}
      <DialogAlert message={state.kind === 'failed' ? state.message : null} />
      {report && report.pairs.length === 0 && (
        <p role="status">No document has annotations by two annotators yet, so there is nothing to compare.</p>
      )}
      {report && report.pairs.length > 0 && (
        <>
          <p role="status">
            {report.annotators.length} annotators compared on {report.documents.length} documents.
          </p>
          <label className="agreement-measure">
            Measure{' '}
            <select value={measureKey} onChange={(e) => setMeasureKey(e.target.value as typeof measureKey)}>
              {SPAN_MEASURES.map((m) => (
                <option key={m.key} value={m.key}>
                  {m.title}
                </option>
              ))}
            </select>
          </label>
          {measureKey === 'unitisedAlpha' && (
            <p className="agreement-note">
              Unitised alpha reads the spans on the text&apos;s characters: each pair on the documents both worked on,
              all annotators together on the {report.group.unitisedDocuments} documents every one of them worked on.
            </p>
          )}
          <PairMatrix report={report} measure={measure} />
          <LabelChart report={report} measure={measure} labels={labels} />
          <WorstDocuments documents={report.documents} onOpen={openFromReport} />
        </>
      )}
      <div className="agreement-buttons">
        {report && report.pairs.length > 0 && <ReportExport />}
        <button type="button" onClick={remeasure} disabled={state.kind === 'measuring'}>
          Measure again
        </button>
        <button type="button" className="primary-button" onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
