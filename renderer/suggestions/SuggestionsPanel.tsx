import { useId, useMemo } from 'react';
import type { Suggestion } from '../../shared/suggest/suggestion';
import { acceptAllOfLabel } from '../store/suggestion-commands';
import { selectLabels, selectReadOnly, useWorkbench } from '../store/workbench-store';
import { SUGGESTION_KEYS_HELP } from './suggestion-keys';
import { SuggestionList } from './SuggestionList';
import './suggestions.css';

const none: readonly Suggestion[] = [];

/**
 * The open document's suggestions: how many, the settings, the keys, a button per label accepting
 * all of it, and the list (SuggestionList). Never saved until accepted.
 */
export function SuggestionsPanel() {
  const helpId = useId();
  const documentId = useWorkbench((s) => s.current?.document.id ?? null);
  const list = useWorkbench((s) =>
    s.suggestions && s.suggestions.documentId === documentId ? s.suggestions.list : none,
  );
  const loaded = useWorkbench((s) => s.suggestions?.documentId === documentId);
  const openSettings = useWorkbench((s) => s.setSuggestionSettingsOpen);
  const sources = useWorkbench((s) => s.preferences.suggestions);
  const off = !sources.memory && !sources.nlp;
  const empty =
    documentId === null
      ? 'Open a document to see its suggestions.'
      : off
        ? 'Suggestions are turned off in the settings.'
        : loaded
          ? 'No suggestions in this document.'
          : 'Looking for suggestions…';

  return (
    <section className="suggestions-panel" aria-labelledby="suggestions-title">
      <div className="panel-head">
        <h2 id="suggestions-title" className="panel-title">
          Suggestions <span className="panel-count">{list.length}</span>
        </h2>
        <button
          type="button"
          className="quiet-button"
          aria-label="Suggestion settings…"
          onClick={() => openSettings(true)}
        >
          Settings…
        </button>
      </div>
      <p id={helpId} className="suggestions-help">
        {SUGGESTION_KEYS_HELP}.
      </p>
      {list.length === 0 ? (
        <p className="panel-empty">{empty}</p>
      ) : (
        <>
          <AcceptAllButtons list={list} />
          <SuggestionList list={list} helpId={helpId} />
        </>
      )}
    </section>
  );
}

/** "Accept all 6 Figure": one button per label that has suggestions, in the schema's order. */
function AcceptAllButtons({ list }: { list: readonly Suggestion[] }) {
  const labels = useWorkbench(selectLabels);
  const readOnly = useWorkbench(selectReadOnly);
  const counts = useMemo(() => {
    const byLabel = new Map<string, number>();
    for (const s of list) byLabel.set(s.label, (byLabel.get(s.label) ?? 0) + 1);
    return labels.filter((l) => byLabel.has(l.id)).map((l) => ({ label: l, count: byLabel.get(l.id)! }));
  }, [list, labels]);
  if (readOnly) return null;
  return (
    <div className="suggestions-accept-all">
      {counts.map(({ label, count }) => (
        <button key={label.id} type="button" className="quiet-button" onClick={() => void acceptAllOfLabel(label.id)}>
          Accept all {count} {label.name}
        </button>
      ))}
    </div>
  );
}
