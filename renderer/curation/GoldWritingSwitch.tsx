import { useWorkbench } from '../store/workbench-store';
import { GOLD_WRITING_SHORTCUT } from './use-curation-shortcut';
import './gold-writing.css';

/**
 * The status bar's "Write to: my layer / Gold" switch (also Ctrl+Shift+G): while on, labelling in
 * the document view makes gold annotations. Pressed and gold-coloured while on.
 */
export function GoldWritingSwitch() {
  const on = useWorkbench((s) => s.writingToGold);
  const setOn = useWorkbench((s) => s.setWritingToGold);
  return (
    <button
      type="button"
      className={on ? 'gold-writing-switch is-on' : 'gold-writing-switch'}
      aria-pressed={on}
      aria-keyshortcuts={GOLD_WRITING_SHORTCUT.keys}
      onClick={() => setOn(!on)}
    >
      Write to gold <span aria-hidden="true">({on ? 'on' : 'off'})</span>{' '}
      <kbd aria-hidden="true">{GOLD_WRITING_SHORTCUT.text}</kbd>
    </button>
  );
}
