import type { Entity } from '../model';

/** How often an entity is mentioned in one document. */
export interface EntityDocumentCount {
  documentId: string;
  title: string;
  count: number;
}

/** One canonical entity as the Entities view lists it: its mentions counted per document. */
export interface EntityOverview {
  entity: Entity;
  /** Documents in project order; an entity whose mentions were all deleted has none (shown with 0). */
  documents: EntityDocumentCount[];
  mentionCount: number;
}

/** One mention of an entity in its context, as the concordance shows a hit. */
export interface EntityMention {
  annotationId: string;
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  left: string;
  quote: string;
  right: string;
}
