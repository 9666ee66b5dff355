import type {
  Annotation,
  Entity,
  Equivalence,
  EquivalenceType,
  EventType,
  Label,
  Relation,
  RelationType,
  TagwrightDocument,
  TagwrightEvent,
} from '../../shared/model';
import type { ImportReport } from '../../shared/ipc/views';
import type { CorpusProblem } from '../../shared/formats/corpus/parsed-corpus';
import type { SkippedFile } from '../io/collect-corpus-files';

/** What one corpus file brought in. */
export interface CorpusFileReport {
  fileName: string;
  format: string;
  documents: number;
  /** Documents whose text was already in the project: the annotations were added to them. */
  existingDocuments: number;
  annotations: number;
  relations: number;
  events: number;
  equivalences: number;
  duplicateAnnotations: number;
}

export interface CorpusImportReport {
  /** False when problems stopped the import: then nothing in the project changed. */
  applied: boolean;
  files: CorpusFileReport[];
  /** Plain documents (.txt, .md, .html, .docx, .pdf) imported alongside. */
  documents: ImportReport;
  /** Files found in folders and left out: neither documents nor corpus files (a README, brat's annotation.conf, an image). */
  skipped: SkippedFile[];
  problems: CorpusProblem[];
  /** Re-anchored spans and what a format held that Tagwright does not carry. */
  warnings: CorpusProblem[];
  addedLabels: string[];
  addedRelationTypes: string[];
  addedEventTypes: string[];
  addedEquivalenceTypes: string[];
  totals: { documents: number; annotations: number; relations: number; events: number; equivalences: number };
}

/** Everything an import adds, built before anything is applied. */
export interface CorpusImportPlan {
  report: CorpusImportReport;
  labels: Label[];
  relationTypes: RelationType[];
  eventTypes: EventType[];
  equivalenceTypes: EquivalenceType[];
  documents: TagwrightDocument[];
  annotations: Annotation[];
  relations: Relation[];
  events: TagwrightEvent[];
  equivalences: Equivalence[];
  /** Entities the import's mentions are linked to that the project did not have. */
  entities: Entity[];
  /** Existing documents that received annotations and were still "new". */
  startedDocumentIds: string[];
}
