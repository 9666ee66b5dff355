import { GOLD_ANNOTATOR } from '../model/curation';
import { EXPORT_LOSS_KINDS, type ExportLossKind, type FormatName } from './format-facts';

/** Which documents an export takes: every one, those marked done, or those selected in the app. */
export const EXPORT_DOCUMENT_CHOICES = ['all', 'done', 'selected'] as const;
export type ExportDocumentChoice = (typeof EXPORT_DOCUMENT_CHOICES)[number];

/**
 * Whose work an export takes: every annotator's (each thing keeps its annotator id), the curated
 * gold layer, or one annotator's. Data: the renderer imports it for the export dialog's choice.
 */
export type ExportLayer = { kind: 'all' } | { kind: 'gold' } | { kind: 'annotator'; id: string };

export const ALL_LAYERS: ExportLayer = { kind: 'all' };

/** The layer a `--layer` value names: `all`, `gold`, or an annotator id. */
export function parseExportLayer(text: string): ExportLayer {
  if (text === 'all') return ALL_LAYERS;
  if (text === GOLD_ANNOTATOR) return { kind: 'gold' };
  return { kind: 'annotator', id: text };
}

/** The annotator id whose things the layer keeps; null for every annotator's. */
export function layerAnnotator(layer: ExportLayer): string | null {
  return layer.kind === 'all' ? null : layer.kind === 'gold' ? GOLD_ANNOTATOR : layer.id;
}

/** How the CLI and `--json` name a layer: `all`, `gold` or the annotator's id. */
export function layerName(layer: ExportLayer): string {
  return layerAnnotator(layer) ?? 'all';
}

/** A layer the export dialog offers (listExportLayers): the gold layer or one annotator's, with its name and size. */
export interface ExportLayerChoice {
  layer: Exclude<ExportLayer, { kind: 'all' }>;
  /** The annotator's name (the gold layer's is "gold"). */
  name: string;
  annotations: number;
}

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
  /** Whose work it holds: `all`, `gold` or an annotator's id (layerName). */
  layer: string;
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
  /**
   * Each annotator's work and the files holding it, when the format kept several annotators apart
   * (format-facts.ts' `layers`); absent when everything went into the files together.
   */
  annotators?: ExportedAnnotator[];
}

/** One annotator's work in an export that kept annotators apart. */
export interface ExportedAnnotator {
  /** The annotator's id ('' for unsigned work). */
  id: string;
  /** The files holding it (for a format writing one file, that file). */
  files: string[];
}

/** One loss as the CLI and the dialog say it: "relations: 3". */
export function describeExportLoss(loss: ExportLoss): string {
  return `${EXPORT_LOSS_KINDS[loss.kind]}: ${loss.count}`;
}
