import type { Project, TagwrightDocument } from '../../shared/model';
import { TagwrightError } from '../../shared/ipc/result';
import type { CorpusExportRequest } from './export-request';

/**
 * The documents an export takes: all, those marked done, or those selected (refused when none
 * is); a label the schema does not have is refused first.
 */
export function chosenDocuments(project: Project, request: CorpusExportRequest): TagwrightDocument[] {
  const labelIds = new Set(project.schema.labels.map((l) => l.id));
  for (const label of request.labels ?? []) {
    if (!labelIds.has(label))
      throw new TagwrightError('invalid-input', `The label "${label}" is not in this project's schema.`);
  }
  const wanted = request.documentIds ? new Set(request.documentIds) : null;
  const documents = project.documents.filter((d) =>
    request.documents === 'done' ? d.status === 'done' : request.documents === 'selected' ? wanted?.has(d.id) : true,
  );
  if (request.documents === 'selected' && documents.length === 0) {
    throw new TagwrightError(
      'invalid-input',
      'No documents are selected: choose some documents, or export all of them.',
    );
  }
  return documents;
}
