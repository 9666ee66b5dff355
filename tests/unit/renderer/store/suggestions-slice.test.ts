import { beforeEach, describe, expect, it } from 'vitest';
import { useWorkbench } from '../../../../renderer/store/workbench-store';
import { documentOf, projectChangeOf } from '../../../support/change-fixtures';
import { suggestionOf } from '../../../support/suggestion-fixture';

const text = 'Hajizada said 25% of the maps were wrong.';
const initial = useWorkbench.getState();
const store = () => useWorkbench.getState();

const actor = suggestionOf(text, 0, 8, 'actor');
const figure = suggestionOf(text, 14, 17, 'figure');

beforeEach(() => {
  useWorkbench.setState(initial, true);
  store().setCurrent({ document: documentOf(text), annotations: [], relations: [], events: [], equivalences: [] });
});

describe('the suggestions slice', () => {
  it('counts every change applied, its own and other windows’, not the events naming this window', () => {
    store().setWindowId('w1');
    store().applyProjectChange(projectChangeOf({}));
    store().receiveProjectChange({ origin: 'w2', change: projectChangeOf({ documentId: 'other' }) });
    store().receiveProjectChange({ origin: 'w1', change: projectChangeOf({}) });
    expect(store().appliedChanges).toBe(2);
  });

  it('keeps the focused suggestion while it is listed; dropping or a new list without it lets go', () => {
    store().setSuggestions('doc', [actor, figure]);
    store().focusSuggestion(figure.id);
    store().setSuggestions('doc', [actor, figure]);
    expect(store().focusedSuggestionId).toBe(figure.id);
    store().dropSuggestions(new Set([figure.id]));
    expect(store().suggestions?.list).toEqual([actor]);
    store().setSuggestions('doc', [actor]);
    expect(store().focusedSuggestionId).toBeNull();
  });

  it('lets go of the focus when another document opens', () => {
    store().setSuggestions('doc', [actor]);
    store().focusSuggestion(actor.id);
    store().setCurrent({
      document: documentOf('Other text', { id: 'other' }),
      annotations: [],
      relations: [],
      events: [],
      equivalences: [],
    });
    expect(store().focusedSuggestionId).toBeNull();
  });
});
