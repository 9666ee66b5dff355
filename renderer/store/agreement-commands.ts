import { ask, call } from '../bridge/tagwright-client';
import type { AgreementOptions, AgreementReportFormat } from '../../shared/agreement/agreement-options';

// The agreement dialog's calls: a failure is said in the dialog (the page's alert region is behind
// the modal), so these pass it on without reporting it.

/** Measures how far the open project's annotators agree (main computes it). */
export const measureAgreement = (options: AgreementOptions = {}) => call('measureAgreement', options);

/** Asks main where to write (a download in browser mode), then writes the report as CSV or JSON. */
export const exportAgreementReport = (format: AgreementReportFormat, options: AgreementOptions = {}) =>
  ask('exportAgreementReport', { format, ...options });
