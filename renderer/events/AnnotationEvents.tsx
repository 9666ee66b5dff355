import { memo } from 'react';
import type { Annotation, TagwrightEvent } from '../../shared/model';
import { quoteExcerpt } from '../display-text/quote-excerpt';
import { useDocumentViewHandle, useGoToAnnotation } from '../labelling/document-view-handle-context';
import { eventTypesFor, startEventOn, startRoleLink } from '../linking/link-actions';
import { annotationsById, eventsOfAnnotation } from '../store/document-indexes';
import { deleteEvent, setEventArguments } from '../store/event-commands';
import { selectReadOnly, useWorkbench } from '../store/workbench-store';
import { eventNumber } from './event-number';
import './events.css';

const noEvents: readonly TagwrightEvent[] = [];
const noAnnotations: readonly Annotation[] = [];

/**
 * An annotation's events: those it triggers (numbered, as several may share it), each with its
 * roles (removable, each a link to its argument), "Add role" and "Delete event"; the roles it fills
 * in others' events; and "New event" where its label may trigger one. Roles are added from the
 * keyboard's link mode, which "Add role" and "New event" start.
 */
export const AnnotationEvents = memo(function AnnotationEvents({ annotation }: { annotation: Annotation }) {
  // Stable per annotation: a row follows every event change only while it has events of its own (numbering).
  const mine = useWorkbench((s) => eventsOfAnnotation(s.current?.events ?? noEvents, annotation.id));
  const allEvents = useWorkbench((s) => (mine.length > 0 ? (s.current?.events ?? noEvents) : noEvents));
  const readOnly = useWorkbench(selectReadOnly);
  const canTrigger = useWorkbench((s) => !selectReadOnly(s) && (s.session?.project?.schema.eventTypes.length ?? 0) > 0);
  const annotations = useWorkbench((s) =>
    mine.length > 0 ? (s.current?.annotations ?? noAnnotations) : noAnnotations,
  );
  const offersNew = canTrigger && eventTypesFor(annotation.label).length > 0;
  if (mine.length === 0 && !offersNew) return null;

  const triggered = mine.filter((e) => e.trigger === annotation.id);
  const filled = mine.filter((e) => e.trigger !== annotation.id);
  const byId = annotationsById(annotations);
  return (
    <div className="annotation-events">
      {triggered.map((event) => (
        <TriggeredEvent key={event.id} event={event} all={allEvents} byId={byId} readOnly={readOnly} />
      ))}
      {filled.length > 0 && <FilledRoles annotation={annotation} events={filled} all={allEvents} byId={byId} />}
      {offersNew && <NewEventButton annotation={annotation} />}
    </div>
  );
});

interface EventProps {
  event: TagwrightEvent;
  all: readonly TagwrightEvent[];
  byId: ReadonlyMap<string, Annotation>;
  readOnly: boolean;
}

/** One event this annotation triggers: its number and type, its roles, and what can be done to it. */
function TriggeredEvent({ event, all, byId, readOnly }: EventProps) {
  const viewRef = useDocumentViewHandle();
  const reveal = useGoToAnnotation();
  const typeName = useWorkbench(
    (s) => s.session?.project?.schema.eventTypes.find((t) => t.id === event.type)?.name ?? event.type,
  );
  const roleNames = useWorkbench((s) => s.session?.project?.schema.eventTypes.find((t) => t.id === event.type)?.roles);
  const name = `${typeName} ${eventNumber(event, all)}`;
  const argumentText = (target: string, kind: 'annotation' | 'event') => {
    if (kind === 'event') return 'an event';
    const other = byId.get(target);
    return other ? `“${quoteExcerpt(other.quote)}”` : 'an annotation';
  };
  return (
    <section className="event-card" aria-label={name}>
      <h4 className="event-name">{name}</h4>
      {event.arguments.length > 0 && (
        <ul className="stacked-list" aria-label={`Roles of ${name}`}>
          {event.arguments.map((argument, index) => {
            const role = roleNames?.find((r) => r.id === argument.role)?.name ?? argument.role;
            const description = `${role} ${argumentText(argument.target, argument.targetKind)}`;
            return (
              <li key={`${argument.role}:${argument.target}:${index}`} className="relation-item">
                <button
                  type="button"
                  className="relation-link"
                  disabled={argument.targetKind !== 'annotation' || !byId.has(argument.target)}
                  onClick={() => reveal(argument.target)}
                >
                  {description}
                </button>
                <button
                  type="button"
                  className="quiet-button relation-remove"
                  aria-label={`Remove role from ${name}: ${description}`}
                  disabled={readOnly}
                  onClick={() => void setEventArguments(event.id, event.arguments.toSpliced(index, 1))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {!readOnly && (
        <div className="event-actions">
          <button
            type="button"
            className="quiet-button"
            onClick={() => {
              viewRef.current?.focus();
              startRoleLink(event, (id) => viewRef.current?.revealAnnotation(id));
            }}
          >
            Add role
          </button>
          <button type="button" className="quiet-button" onClick={() => void deleteEvent(event.id)}>
            Delete {name}
          </button>
        </div>
      )}
    </section>
  );
}

/** The roles this annotation fills in events triggered elsewhere, each a link to the trigger. */
function FilledRoles(props: {
  annotation: Annotation;
  events: readonly TagwrightEvent[];
  all: readonly TagwrightEvent[];
  byId: ReadonlyMap<string, Annotation>;
}) {
  const { annotation, events, all, byId } = props;
  const reveal = useGoToAnnotation();
  const eventTypes = useWorkbench((s) => s.session?.project?.schema.eventTypes);
  const items = events.flatMap((event) => {
    const type = eventTypes?.find((t) => t.id === event.type);
    const trigger = byId.get(event.trigger);
    return event.arguments
      .filter((a) => a.targetKind === 'annotation' && a.target === annotation.id)
      .map((a, i) => ({
        key: `${event.id}:${a.role}:${i}`,
        trigger,
        text: `${type?.roles.find((r) => r.id === a.role)?.name ?? a.role} of ${type?.name ?? event.type} ${eventNumber(event, all)} on “${quoteExcerpt(trigger?.quote ?? '')}”`,
      }));
  });
  return (
    <ul className="stacked-list" aria-label={`Event roles of “${quoteExcerpt(annotation.quote)}”`}>
      {items.map(({ key, trigger, text }) => (
        <li key={key} className="relation-item is-incoming">
          <button
            type="button"
            className="relation-link"
            disabled={!trigger}
            onClick={() => trigger && reveal(trigger.id)}
          >
            {text}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Makes an event on this annotation and goes to the text, in link mode for its roles. */
function NewEventButton({ annotation }: { annotation: Annotation }) {
  const viewRef = useDocumentViewHandle();
  const selectAnnotation = useWorkbench((s) => s.selectAnnotation);
  return (
    <button
      type="button"
      className="quiet-button event-new"
      aria-label={`New event on “${quoteExcerpt(annotation.quote)}”`}
      aria-keyshortcuts="V"
      onClick={() => {
        selectAnnotation(annotation.id);
        viewRef.current?.focus();
        void startEventOn(annotation, (id) => viewRef.current?.revealAnnotation(id));
      }}
    >
      New event
    </button>
  );
}
