import { describe, expect, it } from 'vitest';
import { suggestionKeyAction } from '../../../../renderer/suggestions/suggestion-keys';

const press = (key: string, held: { shift?: boolean; ctrl?: boolean; meta?: boolean; alt?: boolean } = {}) =>
  suggestionKeyAction({
    key,
    shiftKey: held.shift ?? false,
    ctrlKey: held.ctrl ?? false,
    metaKey: held.meta ?? false,
    altKey: held.alt ?? false,
  });

describe('suggestionKeyAction', () => {
  it('accepts with Enter or A, rejects with Delete, Backspace or R, accepts the whole label with Shift+A', () => {
    expect(['Enter', 'a', 'Delete', 'Backspace', 'r', 'R'].map((k) => press(k))).toEqual([
      'accept',
      'accept',
      'reject',
      'reject',
      'reject',
      'reject',
    ]);
    expect(press('A', { shift: true })).toBe('accept-label');
  });

  it('moves with the arrows, Home and End', () => {
    expect(['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'Home', 'End'].map((k) => press(k))).toEqual([
      'next',
      'next',
      'previous',
      'previous',
      'first',
      'last',
    ]);
  });

  it('leaves every other key, and any key with Ctrl, Cmd or Alt (Ctrl+Z stays undo), to the page', () => {
    expect(['Tab', 'Escape', 'c', '1', ' '].map((k) => press(k))).toEqual([null, null, null, null, null]);
    expect([press('a', { ctrl: true }), press('z', { meta: true }), press('Delete', { alt: true })]).toEqual([
      null,
      null,
      null,
    ]);
    expect([press('Enter', { shift: true }), press('R', { shift: true })]).toEqual([null, null]);
  });
});
