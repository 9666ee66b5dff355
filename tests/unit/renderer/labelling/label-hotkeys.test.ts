import { describe, expect, it } from 'vitest';
import { defaultAnnotationSchema } from '../../../../shared/model';
import { labelForKey } from '../../../../renderer/labelling/label-hotkeys';

const labels = defaultAnnotationSchema().labels;

describe('labelForKey', () => {
  it('maps the default digits and letters to their labels', () => {
    const keys = {
      '1': 'claim',
      c: 'claim',
      '2': 'figure',
      f: 'figure',
      '3': 'actor',
      a: 'actor',
      '4': 'event',
      e: 'event',
    };
    for (const [key, label] of Object.entries(keys)) expect(labelForKey(labels, key)?.id).toBe(label);
  });

  it('ignores case and keys that are no hotkey', () => {
    expect(labelForKey(labels, 'F')?.id).toBe('figure');
    expect(labelForKey(labels, 'x')).toBeNull();
    expect(labelForKey(labels, '5')).toBeNull();
    expect(labelForKey(labels, 'Enter')).toBeNull();
  });
});
