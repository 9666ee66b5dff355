import { selectLabels, useWorkbench } from '../store/workbench-store';
import { SUGGESTION_KEYS_HELP } from '../suggestions/suggestion-keys';
import { labelColourStyle } from './label-colour-style';
import { LABEL_HELP_SHORTCUT } from '../schema/use-schema-keys';
import { ADD_FRAGMENT_KEY, REMOVE_FRAGMENT_KEY } from './use-fragment-keys';

/** The schema's labels with their colours and keys, always in sight. */
export function Legend() {
  const labels = useWorkbench(selectLabels);
  const setHelpOpen = useWorkbench((s) => s.setHelpOpen);
  return (
    <div className="legend">
      <h2 className="visually-hidden">Labels and their keys</h2>
      <ul className="legend-list" aria-label="Labels">
        {labels.map((l) => (
          <li key={l.id} className="legend-item" style={labelColourStyle(l.colour)} title={l.description}>
            <span className="legend-swatch" aria-hidden="true" />
            <span className="legend-name">{l.name}</span>
            {/* The guideline the title shows on hover, read after the name. */}
            {l.description && <span className="visually-hidden">: {l.description}</span>}
            {l.hotkeys.length > 0 && (
              <span className="legend-keys">
                <span className="visually-hidden">, keys </span>
                {l.hotkeys.map((k, i) => (
                  <kbd key={k}>
                    {i > 0 && <span className="visually-hidden"> or </span>}
                    {k.toUpperCase()}
                  </kbd>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="quiet-button"
        aria-keyshortcuts={LABEL_HELP_SHORTCUT.keys}
        onClick={() => setHelpOpen(true)}
      >
        Guidelines <kbd aria-hidden="true">{LABEL_HELP_SHORTCUT.text}</kbd>
      </button>
      <p className="legend-help">
        Select text, then press a key · F1 lists the labels' guidelines · Tab moves between annotations · Enter edits
        the note, Shift+Enter the value · {ADD_FRAGMENT_KEY} (or Ctrl+select) adds the selected text to the selected
        annotation, {REMOVE_FRAGMENT_KEY} removes a piece · Suggestions (dashed): {SUGGESTION_KEYS_HELP}
      </p>
    </div>
  );
}
