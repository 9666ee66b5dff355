import { useModal } from '../hooks/use-modal';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { attributeTypeName } from './attribute-type-names';
import './schema-editor.css';

/** F1 (or ?): every label with its keys, its guideline and the attributes it asks for, in a dialog Escape closes. */
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
      <button type="button" onClick={() => setOpen(false)}>
        Close
      </button>
    </dialog>
  );
}
