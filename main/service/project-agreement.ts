import type { AgreementOptions, AgreementReportFormat } from '../../shared/agreement/agreement-options';
import type { AgreementReport } from '../../shared/agreement/agreement-report';
import { measureProjectAgreement, type AgreementDocument } from '../../shared/agreement/project-agreement';
import { agreementReportCsv, agreementReportJson } from '../../shared/agreement/report-files';
import { TagwrightError } from '../../shared/ipc/result';
import { writeExport } from '../io/write-export';
import type { ProjectModel } from './project-model';

/**
 * The open project's agreement report (shared/agreement), its documents read from the model one
 * at a time. An annotator, label or document asked for that the project lacks is refused by name
 * before anything is measured.
 */
export function projectAgreement(model: ProjectModel, options: AgreementOptions): AgreementReport {
  for (const label of options.labels ?? []) model.checkLabel(label);
  for (const id of options.documents ?? []) model.document(id);
  for (const id of options.annotators ?? []) {
    if (id !== '' && !model.hasAnnotator(id)) {
      throw new TagwrightError('not-found', `There is no annotator "${id}" in this project.`);
    }
  }
  const { project } = model;
  return measureProjectAgreement(
    { labels: project.schema.labels, annotators: project.annotators, documents: documentsOf(model) },
    options,
  );
}

function* documentsOf(model: ProjectModel): Generator<AgreementDocument> {
  for (const { id, title, text } of model.project.documents) {
    const annotations = model.annotations.forDocument(id);
    yield { id, title, text, annotations, relations: model.relationsAmong(annotations) };
  }
}

/** Writes the report to `out` as CSV or JSON, as exports are written (a temporary file renamed into place). */
export async function writeAgreementReport(
  report: AgreementReport,
  format: AgreementReportFormat,
  out: string,
): Promise<{ path: string; bytes: number }> {
  const text = format === 'csv' ? agreementReportCsv(report) : agreementReportJson(report);
  const { bytes } = await writeExport([{ file: '', text }], out, 'file');
  return { path: out, bytes };
}
