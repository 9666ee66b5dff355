import type { EntityMention, EntityOverview } from '../../shared/ipc/entity-views';
import { leftContext, rightContext } from '../../shared/search/hit-context';
import type { ProjectModel } from './project-model';

/** Every entity of the project with its mentions counted per document (documents in project order). */
export function entityOverviews(model: ProjectModel): EntityOverview[] {
  const order = new Map(model.project.documents.map((d, i) => [d.id, i]));
  return model.project.entities.map((entity) => {
    const counts = new Map<string, number>();
    const mentions = model.mentionsOf(entity.id);
    for (const a of mentions) counts.set(a.documentId, (counts.get(a.documentId) ?? 0) + 1);
    const documents = [...counts]
      .sort(([a], [b]) => order.get(a)! - order.get(b)!)
      .map(([documentId, count]) => ({ documentId, title: model.document(documentId).title, count }));
    return { entity, documents, mentionCount: mentions.length };
  });
}

/** Every mention of an entity in its context, in document order then text order. */
export function entityMentions(model: ProjectModel, entityId: string): EntityMention[] {
  model.entity(entityId);
  const order = new Map(model.project.documents.map((d, i) => [d.id, i]));
  return model
    .mentionsOf(entityId)
    .sort((a, b) => order.get(a.documentId)! - order.get(b.documentId)! || a.start - b.start)
    .map((a) => {
      const document = model.document(a.documentId);
      return {
        annotationId: a.id,
        documentId: a.documentId,
        documentTitle: document.title,
        start: a.start,
        end: a.end,
        left: leftContext(document.text, a.start),
        quote: a.quote,
        right: rightContext(document.text, a.end),
      };
    });
}
