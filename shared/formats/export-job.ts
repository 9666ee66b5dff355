import { EXPORT_LOSS_KINDS, type ExportLossKind, type FormatName } from './format-facts';

/** Which documents an export takes: every one, those marked done, or those selected in the app. */
export const EXPORT_DOCUMENT_CHOICES = ['all', 'done', 'selected'] as const;
export type ExportDocumentChoice = (typeof EXPORT_DOCUMENT_CHOICES)[number];

/** How far an export has come (the `exportProgress` event). */
export interface ExportProgress {
  documentsDone: number;
  documentsTotal: number;
}

/** How many things of one kind an export could not carry. */
export interface ExportLoss {
  kind: ExportLossKind;
  count: number;
}

/** What an export wrote. */
export interface ExportSummary {
  format: FormatName;
  /** The form written, for a format that has several (format-facts.ts' `forms`). */
  form?: string;
  /** The file or folder written. */
  path: string;
  /** Files written (a folder format lists each). */
  files: string[];
  documents: number;
  annotations: number;
  relations: number;
  bytes: number;
  milliseconds: number;
  /** What the format could not carry, per kind, in EXPORT_LOSS_KINDS' order; empty when nothing was lost. */
  losses: ExportLoss[];
}

/** One loss as the CLI and the dialog say it: "relations: 3". */
export function describeExportLoss(loss: ExportLoss): string {
  return `${EXPORT_LOSS_KINDS[loss.kind]}: ${loss.count}`;
}
