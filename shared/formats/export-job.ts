import type { FormatName } from './format-facts';

/** Which documents an export takes: every one, those marked done, or those selected in the app. */
export const EXPORT_DOCUMENT_CHOICES = ['all', 'done', 'selected'] as const;
export type ExportDocumentChoice = (typeof EXPORT_DOCUMENT_CHOICES)[number];

/** How far an export has come (the `exportProgress` event). */
export interface ExportProgress {
  documentsDone: number;
  documentsTotal: number;
}

/** What an export wrote. */
export interface ExportSummary {
  format: FormatName;
  /** The file or folder written. */
  path: string;
  /** Files written (a folder format lists each). */
  files: string[];
  documents: number;
  annotations: number;
  relations: number;
  bytes: number;
  milliseconds: number;
}
