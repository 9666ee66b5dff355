import { afterEach, describe, expect, it } from 'vitest';
import { movedPlace } from '../../../../renderer/progress/progress-grid-keys';
import { cellText, emptyCell, totalsText } from '../../../../renderer/progress/progress-cell-text';
import { useWorkbench } from '../../../../renderer/store/workbench-store';
import { projectChangeOf } from '../../../support/change-fixtures';

describe('movedPlace', () => {
  const at = { row: 1, col: 1 };
  it('moves one cell with the arrows, stopping at the edges', () => {
    expect(movedPlace('ArrowDown', false, at, 3, 3)).toEqual({ row: 2, col: 1 });
    expect(movedPlace('ArrowDown', false, { row: 2, col: 1 }, 3, 3)).toEqual({ row: 2, col: 1 });
    expect(movedPlace('ArrowLeft', false, { row: 0, col: 0 }, 3, 3)).toEqual({ row: 0, col: 0 });
    expect(movedPlace('ArrowRight', false, at, 3, 3)).toEqual({ row: 1, col: 2 });
  });

  it('goes to the row’s ends with Home and End, the grid’s with Ctrl; other keys are not moves', () => {
    expect(movedPlace('Home', false, at, 3, 4)).toEqual({ row: 1, col: 0 });
    expect(movedPlace('End', false, at, 3, 4)).toEqual({ row: 1, col: 3 });
    expect(movedPlace('Home', true, at, 3, 4)).toEqual({ row: 0, col: 0 });
    expect(movedPlace('End', true, at, 3, 4)).toEqual({ row: 2, col: 3 });
    expect(movedPlace('a', false, at, 3, 4)).toBeNull();
  });
});

describe('cellText', () => {
  it('says the status, then the work and time when there is some', () => {
    expect(cellText(emptyCell('d', 'ana'))).toBe('Not assigned');
    expect(cellText({ ...emptyCell('d', 'ana'), assigned: true, status: 'not-started' })).toBe('Not started');
    const done = {
      ...emptyCell('d', 'ana'),
      assigned: true,
      status: 'done' as const,
      doneAt: '2026-03-02T17:30:00.000Z',
      annotations: 1,
      relations: 2,
      firstEdit: '2026-03-02T10:00:00.000Z',
      timeSpentMs: 65 * 60_000,
    };
    expect(cellText(done)).toBe('Done 2026-03-02 · 1 annotation · 2 relations · 1 h 05 min');
    const totals = { annotator: 'ana', assigned: 2, done: 1, annotations: 4, relations: 0, events: 0, timeSpentMs: 0 };
    expect(totalsText(totals)).toBe('1 of 2 done · 4 annotations · 0 min');
  });
});

describe('the store and assignments', () => {
  afterEach(() => useWorkbench.setState({ assignments: [] }));

  it('takes the whole list from a change that carries it, and keeps it through one that does not', () => {
    const assignments = [{ documentId: 'doc', annotator: 'ana', assignedAt: '2026-03-02T09:00:00.000Z' }];
    useWorkbench.getState().applyProjectChange({ ...projectChangeOf({}), team: { assignments, curation: [] } });
    expect(useWorkbench.getState().assignments).toEqual(assignments);
    useWorkbench.getState().applyProjectChange(projectChangeOf({}));
    expect(useWorkbench.getState().assignments).toEqual(assignments);
  });
});
