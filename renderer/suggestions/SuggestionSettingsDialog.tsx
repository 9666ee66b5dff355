import { useId } from 'react';
import { ENTITY_KINDS, ENTITY_KIND_NAMES, type EntityKind } from '../../shared/suggest/entity-kinds';
import type { SuggestionSettings } from '../../shared/suggest/suggestion-settings';
import { useModal } from '../hooks/use-modal';
import { setSuggestionSettings } from '../store/suggestion-commands';
import { selectLabels, useWorkbench } from '../store/workbench-store';

const NONE = '';

/**
 * The suggestion settings: which sources run, and the label each kind of thing the offline NLP
 * finds becomes. Every change is saved at once and the open document's suggestions follow.
 */
export function SuggestionSettingsDialog() {
  const id = useId();
  const open = useWorkbench((s) => s.suggestionSettingsOpen);
  const setOpen = useWorkbench((s) => s.setSuggestionSettingsOpen);
  const settings = useWorkbench((s) => s.preferences.suggestions);
  const labels = useWorkbench(selectLabels);
  const ref = useModal(open);
  const save = (changes: Partial<SuggestionSettings>) => void setSuggestionSettings({ ...settings, ...changes });
  const setLabel = (kind: EntityKind, label: string) =>
    save({ labels: { ...settings.labels, [kind]: label === NONE ? null : label } });

  return (
    <dialog ref={ref} className="form-dialog" aria-labelledby={`${id}-title`} onClose={() => setOpen(false)}>
      <h2 id={`${id}-title`}>Suggestion settings</h2>
      <p className="suggestion-settings-note">Suggestions are computed on this computer: nothing is sent anywhere.</p>
      <fieldset className="suggestion-settings-field">
        <legend>Sources</legend>
        <label>
          <input type="checkbox" checked={settings.memory} onChange={(e) => save({ memory: e.target.checked })} />
          Strings already labelled in this project
        </label>
        <label>
          <input type="checkbox" checked={settings.nlp} onChange={(e) => save({ nlp: e.target.checked })} />
          People, organisations, places, numbers and dates found in the text
        </label>
      </fieldset>
      <fieldset className="suggestion-settings-field" disabled={!settings.nlp}>
        <legend>What each becomes</legend>
        <div className="suggestion-settings-grid">
          {ENTITY_KINDS.map((kind) => {
            const chosen = settings.labels[kind];
            const missing = chosen !== null && !labels.some((l) => l.id === chosen);
            return (
              <label key={kind}>
                <span>{ENTITY_KIND_NAMES[kind]}</span>
                <select value={chosen ?? NONE} onChange={(e) => setLabel(kind, e.target.value)}>
                  <option value={NONE}>Not suggested</option>
                  {labels.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
                  {missing && <option value={chosen}>{chosen} (not in this project)</option>}
                </select>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="suggestion-settings-buttons">
        <button type="button" className="primary" onClick={() => setOpen(false)}>
          Done
        </button>
      </div>
    </dialog>
  );
}
