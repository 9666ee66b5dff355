import { useModal } from '../hooks/use-modal';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { attributeTypeName } from './attribute-type-names';
import './schema-editor.css';

/** F1 (or ?): every label with its keys, its guideline and the attributes it asks for, and how to link, in a dialog Escape closes. */
export function LabelHelpDialog() {
  const open = useWorkbench((s) => s.helpOpen);
  const setOpen = useWorkbench((s) => s.setHelpOpen);
  const labels = useWorkbench(selectLabels);
  const ref = useModal(open);
  return (
    <dialog
      ref={ref}
      className="form-dialog label-help"
      aria-labelledby="label-help-title"
      onClose={() => setOpen(false)}
    >
      <h2 id="label-help-title">Labels and guidelines</h2>
      <dl className="label-help-list">
        {labels.map((label) => (
          <div key={label.id} className="label-help-item">
            <dt>
              <span className="schema-swatch" style={{ background: label.colour }} aria-hidden="true" />
              {label.name}
              {label.hotkeys.length > 0 && (
                <span className="label-help-keys">
                  {' '}
                  (keys{' '}
                  {label.hotkeys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' or '}
                      <kbd>{k.toUpperCase()}</kbd>
                    </span>
                  ))}
                  )
                </span>
              )}
            </dt>
            <dd>{label.description || 'No guideline yet.'}</dd>
            {label.attributes.length > 0 && (
              <dd className="label-help-attributes">
                {label.attributes
                  .map((a) => `${a.name} (${attributeTypeName(a)}${a.required ? ', required' : ''})`)
                  .join(' · ')}
              </dd>
            )}
          </div>
        ))}
      </dl>
      <h3>Links</h3>
      <ul className="label-help-links">
        <li>
          <kbd>R</kbd> on a selected annotation links it: <kbd>Tab</kbd> to the target, <kbd>Enter</kbd>. <kbd>V</kbd>{' '}
          makes an event and adds its roles the same way. <kbd>H</kbd> hides or shows the arcs.
        </li>
        <li>
          With the mouse: hold <kbd>Alt</kbd>, press on a highlight and drag onto a ringed one to link them (a menu asks
          which relation when several fit); <kbd>Esc</kbd> cancels. Without <kbd>Alt</kbd>, dragging selects text,
          inside a highlight too.
        </li>
      </ul>
      <h3>Gold</h3>
      <ul className="label-help-links">
        <li>
          <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>U</kbd> curates the open document. <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+
          <kbd>G</kbd> makes the label keys write into the gold layer (a gold banner shows it is on); again goes back to
          your own layer.
        </li>
      </ul>
      <button type="button" onClick={() => setOpen(false)}>
        Close
      </button>
    </dialog>
  );
}
