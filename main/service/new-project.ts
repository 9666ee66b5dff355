import {
  PROJECT_FORMAT,
  PROJECT_VERSION,
  defaultAnnotationSchema,
  type Project,
  type TagwrightDocument,
} from '../../shared/model';

/** A fresh project with the default schema, optionally holding documents already built. */
export function newProject(id: string, name: string, now: Date, documents: TagwrightDocument[] = []): Project {
  const at = now.toISOString();
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    id,
    name,
    createdAt: at,
    updatedAt: at,
    schema: defaultAnnotationSchema(),
    documents,
    annotations: [],
    relations: [],
    events: [],
    equivalences: [],
    entities: [],
    annotators: [],
    suggestionRejections: [],
    assignments: [],
    curation: [],
  };
}
