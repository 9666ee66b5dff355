import type { Label } from '../../shared/model';

/** The label a key applies, matching the schema's hotkeys without regard to case; null if none. */
export function labelForKey(labels: readonly Label[], key: string): Label | null {
  if (key.length !== 1) return null;
  const wanted = key.toLowerCase();
  return labels.find((l) => l.hotkeys.some((h) => h.toLowerCase() === wanted)) ?? null;
}

/** Whether a key press lands where the user is typing (hotkeys must not fire there). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  // The document view may be contenteditable (for a caret); it is ours to drive, not a text field.
  return target.isContentEditable && !target.closest('[data-document-pane]');
}
