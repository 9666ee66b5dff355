import { useEffect, useState } from 'react';
import type { AgreementReport } from '../../shared/agreement/agreement-report';
import { measureAgreement } from '../store/agreement-commands';

export type ReportState =
  { kind: 'measuring' } | { kind: 'measured'; report: AgreementReport } | { kind: 'failed'; message: string };

/**
 * The agreement report while the dialog is open: measured by main when it opens and again on
 * `remeasure`; `forget` on close, so the next opening measures the project as it is then. An
 * answer that comes after the dialog closed is dropped.
 */
export function useAgreementReport(open: boolean) {
  const [state, setState] = useState<ReportState>({ kind: 'measuring' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void measureAgreement().then((outcome) => {
      if (!live) return;
      if (outcome.status === 'done') setState({ kind: 'measured', report: outcome.value });
      else setState({ kind: 'failed', message: outcome.status === 'failed' ? outcome.error.message : 'Cancelled.' });
    });
    return () => {
      live = false;
    };
  }, [open, round]);
  return {
    state,
    remeasure: () => {
      setState({ kind: 'measuring' });
      setRound((r) => r + 1);
    },
    forget: () => setState({ kind: 'measuring' }),
  };
}
