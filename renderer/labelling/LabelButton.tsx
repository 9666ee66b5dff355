import { useId } from 'react';
import type { Label } from '../../shared/model';
import { labelColourStyle } from './label-colour-style';

/**
 * A label as a button, in its colour, with its first key: the label menu's and the search view's.
 * Its guideline shows on hover (title) and is its description for a screen reader.
 */
export function LabelButton({ label, disabled, onClick }: { label: Label; disabled?: boolean; onClick(): void }) {
  const guideline = useId();
  return (
    <>
      <button
        type="button"
        className="label-menu-button"
        style={labelColourStyle(label.colour)}
        title={label.description || undefined}
        aria-describedby={label.description ? guideline : undefined}
        aria-keyshortcuts={label.hotkeys.join(' ')}
        disabled={disabled}
        onClick={onClick}
      >
        <span className="label-swatch" aria-hidden="true" />
        {label.name}
        {label.hotkeys[0] && (
          <kbd className="label-menu-key" aria-hidden="true">
            {label.hotkeys[0].toUpperCase()}
          </kbd>
        )}
      </button>
      {label.description && (
        <span id={guideline} className="visually-hidden">
          {label.description}
        </span>
      )}
    </>
  );
}
