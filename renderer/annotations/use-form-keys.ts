import { useEffect, type RefObject } from 'react';

/**
 * Enter saves and Escape cancels inside `form`. The labelling keys listen on the window in the
 * capture phase and stop Escape on a checkbox or a button; this listener on the same target
 * still hears it. Enter on a button is the button's own.
 */
export function useFormKeys(form: RefObject<HTMLFormElement | null>, finish: (keep: boolean) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.target instanceof Node) || !form.current?.contains(event.target) || event.isComposing) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        finish(false);
      } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        finish(true);
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  });
}
