import { useEffect, useRef, useState } from 'react';
import { useWorkbench } from '../store/workbench-store';
import { GOLD_WRITING_SHORTCUT } from './use-curation-shortcut';
import './gold-writing.css';

/**
 * Above the document while labelling writes to gold, so nobody labels into gold by mistake; its
 * live region is always there (a region that appears with its text is not read) and says each switch.
 */
export function GoldWritingBanner() {
  const on = useWorkbench((s) => s.writingToGold);
  const [said, setSaid] = useState('');
  const first = useRef(true);
  useEffect(() => {
    // Said on a switch, not when the page starts.
    if (first.current) {
      first.current = false;
      return;
    }
    setSaid(on ? 'Writing to gold: new labels go into the gold layer.' : 'Writing to your own layer again.');
  }, [on]);
  return (
    <>
      <p aria-live="polite" className="visually-hidden">
        {said}
      </p>
      {on && (
        <p className="gold-writing-banner" data-gold-writing="">
          <strong>Writing to gold.</strong> Labels you add here go into the gold layer. {GOLD_WRITING_SHORTCUT.text} or
          the status bar's switch goes back to your own layer.
        </p>
      )}
    </>
  );
}
