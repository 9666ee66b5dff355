import { useMemo } from 'react';
import type { Annotation, Relation, TagwrightEvent } from '../../shared/model';
import { annotationsById } from '../store/document-indexes';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { describeLink } from './link-description';
import { offeredTargets } from './link-targets';
import './linking.css';

const noAnnotations: readonly Annotation[] = [];
const noRelations: readonly Relation[] = [];
const noEvents: readonly TagwrightEvent[] = [];

/**
 * Link mode's bar above the text: the link being made, its numbered choices, the target in focus
 * and the keys. Its live region is always there (a region that appears with its text is not read),
 * and says each move and what was linked.
 */
export function LinkBar() {
  const session = useWorkbench((s) => s.linking);
  const notice = useWorkbench((s) => s.linkNotice);
  const annotations = useWorkbench((s) => s.current?.annotations ?? noAnnotations);
  const relations = useWorkbench((s) => s.current?.relations ?? noRelations);
  const events = useWorkbench((s) => s.current?.events ?? noEvents);
  const labels = useWorkbench(selectLabels);
  const description = useMemo(() => {
    if (!session) return null;
    const offered = offeredTargets(session, { annotations, relations, events });
    return describeLink(session, offered, annotationsById(annotations), labels);
  }, [session, annotations, relations, events, labels]);

  return (
    <div className={description ? 'link-bar is-active' : 'link-bar'} data-link-bar="">
      <p role="status" aria-live="polite" className="visually-hidden">
        {description?.announcement ?? notice}
      </p>
      {description && (
        <div aria-hidden="true" className="link-bar-body">
          <strong>{description.heading}</strong>
          {description.choices.length > 0 && (
            <span className="link-bar-choices">
              {description.choices.map((c, i) => (
                <span key={c} className={i === session!.choice ? 'is-chosen' : undefined}>
                  {c}
                </span>
              ))}
            </span>
          )}
          <span className="link-bar-target">→ {description.target}</span>
          {session!.query && <span className="link-bar-query">Find: {session!.query}</span>}
          <span className="link-bar-keys">Tab next · type to find · Enter link · Esc cancel</span>
        </div>
      )}
    </div>
  );
}
