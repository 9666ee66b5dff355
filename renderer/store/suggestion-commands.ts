import { cancelled, done, type Outcome } from '../bridge/call-outcome';
import { call } from '../bridge/tagwright-client';
import type { ProjectChange } from '../../shared/ipc/views';
import type { Suggestion } from '../../shared/suggest/suggestion';
import type { SuggestionSettings } from '../../shared/suggest/suggestion-settings';
import { applyEdit } from './annotation-commands';
import { setPreferences } from './project-commands';
import { reportFailure } from './report-failure';
import { useWorkbench } from './workbench-store';

const store = () => useWorkbench.getState();

/** The last refresh asked for: an older, slower answer must not replace a newer one. */
let latestRefresh = 0;

/** Asks main for a document's suggestions (after it opens, after any change, after new settings). */
export async function refreshSuggestions(documentId: string): Promise<Outcome<void>> {
  const asked = ++latestRefresh;
  const answer = reportFailure(await call('getSuggestions', { documentId }));
  if (answer.status !== 'done') return answer;
  if (asked === latestRefresh && store().current?.document.id === documentId) {
    store().setSuggestions(documentId, answer.value.suggestions);
  }
  return done();
}

/**
 * Accepts suggestions of the open document: their annotations in one undoable step. They leave
 * the list at once; main's next answer (after the change) confirms it.
 */
export async function acceptSuggestions(accepted: readonly Suggestion[]): Promise<Outcome<ProjectChange>> {
  const documentId = store().current?.document.id;
  if (!documentId || accepted.length === 0) return cancelled;
  const suggestions = accepted.map(({ start, end, label, attributes }) => ({ start, end, label, attributes }));
  const change = await applyEdit(() => call('acceptSuggestions', { documentId, suggestions }));
  if (change.status === 'done') store().dropSuggestions(new Set(accepted.map((s) => s.id)));
  return change;
}

/** Every suggestion of `label` in the open document, accepted as one step (Shift+A). */
export function acceptAllOfLabel(label: string): Promise<Outcome<ProjectChange>> {
  return acceptSuggestions(store().suggestions?.list.filter((s) => s.label === label) ?? []);
}

/** Rejects a suggestion: main remembers it for the document, so it never comes back (undo brings it back). */
export async function rejectSuggestion(suggestion: Suggestion): Promise<Outcome<ProjectChange>> {
  const documentId = store().current?.document.id;
  if (!documentId) return cancelled;
  const { start, end, label } = suggestion;
  const change = await applyEdit(() => call('rejectSuggestion', { documentId, start, end, label }));
  if (change.status === 'done') store().dropSuggestions(new Set([suggestion.id]));
  return change;
}

/** Saves new suggestion settings (sources, the label each kind becomes); the open document's suggestions follow. */
export const setSuggestionSettings = (suggestions: SuggestionSettings) => setPreferences({ suggestions });
