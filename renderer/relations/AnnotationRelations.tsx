import { memo, useMemo } from 'react';
import type { Annotation, Relation, RelationType } from '../../shared/model';
import { capitalise } from '../display-text/capitalise';
import { quoteExcerpt } from '../display-text/quote-excerpt';
import { useGoToAnnotation } from '../labelling/document-view-handle-context';
import { createRelation, deleteRelation } from '../store/relation-commands';
import { selectLabels, selectReadOnly, useWorkbench } from '../store/workbench-store';
import { relationTargets, relationTypesFrom } from './relation-candidates';
import { annotationsById, relationsOfAnnotation } from '../store/document-indexes';
import './relations.css';

const noRelations: readonly Relation[] = [];
const noAnnotations: readonly Annotation[] = [];
const noTypes: never[] = [];

/**
 * An annotation's relations, both ways ("attributed to “Armenia”", "claim “…” attributed to this"),
 * each removable and each a link to the other annotation; and, for every relation type this
 * annotation may start, a list of the annotations it may be linked to.
 */
export const AnnotationRelations = memo(function AnnotationRelations({ annotation }: { annotation: Annotation }) {
  const mine = useWorkbench((s) => relationsOfAnnotation(s.current?.relations ?? noRelations, annotation.id));
  const types = useWorkbench((s) => s.session?.project?.schema.relationTypes ?? noTypes);
  const labels = useWorkbench(selectLabels);
  const readOnly = useWorkbench(selectReadOnly);
  const reveal = useGoToAnnotation();

  const startable = useMemo(() => relationTypesFrom(annotation.label, types), [annotation.label, types]);
  // Only a row that can start a relation (a claim) follows every annotation change, for its choices.
  const annotations = useWorkbench((s) =>
    mine.length > 0 || (startable.length > 0 && !readOnly) ? (s.current?.annotations ?? noAnnotations) : noAnnotations,
  );
  const relations = useWorkbench((s) => (startable.length > 0 ? (s.current?.relations ?? noRelations) : noRelations));
  if (mine.length === 0 && (readOnly || startable.length === 0)) return null;

  const byId = annotationsById(annotations);
  const typeName = (id: string) => types.find((t) => t.id === id)?.name ?? id;
  const labelName = (id: string) => labels.find((l) => l.id === id)?.name ?? id;

  return (
    <div className="annotation-relations">
      {mine.length > 0 && (
        <RelationList annotation={annotation} relations={mine} byId={byId} typeName={typeName} reveal={reveal} />
      )}
      {!readOnly &&
        startable.map((type) => (
          <RelationAdder
            key={type.id}
            annotation={annotation}
            type={type}
            targets={relationTargets(annotation, type, annotations, relations)}
            labelName={labelName}
          />
        ))}
    </div>
  );
});

interface ListProps {
  annotation: Annotation;
  relations: readonly Relation[];
  byId: ReadonlyMap<string, Annotation>;
  typeName(id: string): string;
  reveal(id: string): void;
}

/** The annotation's relations, both ways, each a link to the other annotation and removable. */
function RelationList({ annotation, relations, byId, typeName, reveal }: ListProps) {
  const readOnly = useWorkbench(selectReadOnly);
  return (
    <ul className="stacked-list" aria-label={`Relations of “${quoteExcerpt(annotation.quote)}”`}>
      {relations.map((r) => {
        const outgoing = r.from === annotation.id;
        const other = byId.get(outgoing ? r.to : r.from);
        const otherText = other ? `“${quoteExcerpt(other.quote)}”` : 'an annotation of another document';
        const description = outgoing ? `${typeName(r.type)} ${otherText}` : `${otherText} is ${typeName(r.type)} this`;
        return (
          <li key={r.id} className={outgoing ? 'relation-item' : 'relation-item is-incoming'}>
            <button type="button" className="relation-link" disabled={!other} onClick={() => other && reveal(other.id)}>
              {description}
            </button>
            <button
              type="button"
              className="quiet-button relation-remove"
              aria-label={`Remove relation: ${description}`}
              disabled={readOnly}
              onClick={() => void deleteRelation(r.id)}
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}

interface AdderProps {
  annotation: Annotation;
  type: RelationType;
  targets: readonly Annotation[];
  labelName(id: string): string;
}

/** A choice of the annotations this one may be linked to by one relation type. */
function RelationAdder({ annotation, type, targets, labelName }: AdderProps) {
  return (
    <select
      className="relation-add"
      aria-label={`Add relation “${type.name}” from “${quoteExcerpt(annotation.quote)}”`}
      value=""
      disabled={targets.length === 0}
      onChange={(e) => void createRelation(type.id, annotation.id, e.target.value)}
    >
      <option value="">
        {targets.length === 0 ? `${capitalise(type.name)}: nothing to link to yet` : `${capitalise(type.name)}…`}
      </option>
      {targets.map((t) => (
        <option key={t.id} value={t.id}>
          {`${labelName(t.label)}: ${quoteExcerpt(t.quote)}`}
        </option>
      ))}
    </select>
  );
}
