import type { Annotation, Entity, Equivalence, TagwrightDocument, TagwrightEvent } from '../../shared/model';
import type { DocumentSummary, EntityChanges, ProjectChange } from '../../shared/ipc/views';

/** A document of `text` for renderer tests (nothing there checks its hash), id 'doc' unless overridden. */
export function documentOf(text: string, overrides: Partial<TagwrightDocument> = {}): TagwrightDocument {
  return {
    id: 'doc',
    title: text.slice(0, 20),
    text,
    sha256: '0'.repeat(64),
    source: { fileName: 'doc.txt', encoding: 'utf-8', lineEndings: 'lf', importedAt: 't0' },
    status: 'new',
    metadata: {},
    ...overrides,
  };
}

/** A ProjectChange as main sends it, about document 'doc' unless told (null: several); the parts not given are empty. */
export function projectChangeOf(part: {
  documentId?: string | null;
  annotations?: Partial<EntityChanges<Annotation>>;
  events?: Partial<EntityChanges<TagwrightEvent>>;
  equivalences?: Partial<EntityChanges<Equivalence>>;
  entities?: Partial<EntityChanges<Entity>>;
  documents?: Partial<EntityChanges<DocumentSummary>>;
}): ProjectChange {
  const none = { added: [], changed: [], removed: [] };
  return {
    documentId: part.documentId === undefined ? 'doc' : part.documentId,
    annotations: { ...none, ...part.annotations },
    relations: none,
    events: { ...none, ...part.events },
    equivalences: { ...none, ...part.equivalences },
    entities: { ...none, ...part.entities },
    documents: { ...none, ...part.documents },
    counts: { documents: 2, annotations: 1 },
    history: { canUndo: true, canRedo: false },
  };
}
