import type { Annotation } from '../../shared/model';
import type { SearchAnnotation, SearchDocument } from '../../shared/search/search-request';
import type { ProjectModel } from '../service/project-model';

/** The open project as the search worker is given it: texts and what the filters and coverage read of annotations. */
export interface SearchSource {
  /** Every document with its annotations, in project order. */
  documents(): SearchDocument[];
  document(documentId: string): SearchDocument;
  annotationsOf(documentId: string): SearchAnnotation[];
}

export function searchSourceOf(model: ProjectModel): SearchSource {
  const searchDocument = (id: string, annotations: SearchAnnotation[]): SearchDocument => {
    const { title, text } = model.document(id);
    return { id, title, text, annotations };
  };
  return {
    documents() {
      // One pass over the annotations, not one lookup per document.
      const byDocument = new Map<string, SearchAnnotation[]>();
      for (const a of model.project.annotations) {
        let list = byDocument.get(a.documentId);
        if (!list) byDocument.set(a.documentId, (list = []));
        list.push(searchAnnotation(a));
      }
      return model.project.documents.map((d) => searchDocument(d.id, byDocument.get(d.id) ?? []));
    },
    document: (id) => searchDocument(id, model.annotations.forDocument(id).map(searchAnnotation)),
    annotationsOf: (id) => model.annotations.forDocument(id).map(searchAnnotation),
  };
}

function searchAnnotation(a: Annotation): SearchAnnotation {
  return { id: a.id, start: a.start, end: a.end, label: a.label, note: a.note, attributes: a.attributes };
}
