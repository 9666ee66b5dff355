import type { DocumentStatus } from '../../shared/model';
import type { ProjectModel } from './project-model';

/** What `tagwright stats` reports. */
export interface ProjectStatistics {
  project: string;
  path: string;
  documents: number;
  annotations: number;
  relations: number;
  /** Annotations per label id: every label of the schema (0 when unused). */
  perLabel: Record<string, number>;
  perDocument: { id: string; title: string; status: DocumentStatus; annotations: number }[];
}

/**
 * The open project's counts, summed from the document summaries the page receives (the model's
 * label counts), so the app and the CLI count the same way and cannot disagree.
 */
export function projectStatistics(model: ProjectModel, path: string): ProjectStatistics {
  const { project } = model;
  // A Map: a label may be called "__proto__".
  const perLabel = new Map(project.schema.labels.map((l) => [l.id, 0]));
  const perDocument = model.documentSummaries().map(({ id, title, status, labelCounts }) => {
    let annotations = 0;
    for (const [label, count] of Object.entries(labelCounts)) {
      perLabel.set(label, (perLabel.get(label) ?? 0) + count);
      annotations += count;
    }
    return { id, title, status, annotations };
  });
  const counts = model.counts();
  return {
    project: project.name,
    path,
    documents: counts.documents,
    annotations: counts.annotations,
    relations: project.relations.length,
    perLabel: Object.fromEntries(perLabel),
    perDocument,
  };
}
