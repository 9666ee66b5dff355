import { describe, expect, it } from 'vitest';
import { newProject } from '../../../../main/service/new-project';
import type { Project, TagwrightEvent } from '../../../../shared/model';
import { progressReport } from '../../../../shared/team/progress-report';
import { IDLE_LIMIT_MS, timeSpentMs } from '../../../../shared/team/time-spent';
import { annotationOf } from '../../../support/annotation-fixture';
import { teamDocument, TEAM_TEXTS } from '../../../support/merge-fixtures';

const minute = 60_000;
const t = (minutes: number): string => new Date(Date.UTC(2026, 2, 2, 9, 0) + minutes * minute).toISOString();

describe('timeSpentMs', () => {
  it('sums the gaps between consecutive edits, in any order', () => {
    expect(timeSpentMs([Date.parse(t(5)), Date.parse(t(0)), Date.parse(t(2))])).toBe(5 * minute);
  });

  it('counts a gap over the idle limit as a break, and one at the limit as work', () => {
    const times = [0, 3 * minute, 3 * minute + IDLE_LIMIT_MS + 1, 4 * minute + IDLE_LIMIT_MS + 1];
    expect(timeSpentMs(times)).toBe(4 * minute);
    expect(timeSpentMs([0, IDLE_LIMIT_MS])).toBe(IDLE_LIMIT_MS);
  });

  it('is 0 for one edit or none', () => {
    expect(timeSpentMs([])).toBe(0);
    expect(timeSpentMs([Date.parse(t(0))])).toBe(0);
  });
});

/** Three documents, ana and ben: ana assigned d0 (done) and d1, ben assigned d1; ana also helped on d2. */
function teamProject(): Project {
  const documents = TEAM_TEXTS.map((text, i) => teamDocument(`d${i}`, text));
  const project = newProject('p', 'Team', new Date(t(0)), documents);
  project.annotators = [
    { id: 'ana', name: 'Ana' },
    { id: 'ben', name: 'Ben' },
    { id: 'gold', name: 'gold' },
  ];
  project.assignments = [
    { documentId: 'd0', annotator: 'ana', assignedAt: t(0), doneAt: t(60) },
    { documentId: 'd1', annotator: 'ana', assignedAt: t(0) },
    { documentId: 'd1', annotator: 'ben', assignedAt: t(0) },
  ];
  const text = TEAM_TEXTS[0]!;
  project.annotations = [
    // ana on d0: 10:00, 10:04, then (after a 40-minute break) 10:44 updated at 10:50.
    annotationOf(text, 'a1', 0, 3, { documentId: 'd0', annotator: 'ana', createdAt: t(60), updatedAt: t(60) }),
    annotationOf(text, 'a2', 4, 12, { documentId: 'd0', annotator: 'ana', createdAt: t(64), updatedAt: t(64) }),
    annotationOf(text, 'a3', 18, 28, { documentId: 'd0', annotator: 'ana', createdAt: t(104), updatedAt: t(110) }),
    // ana on d2, not assigned; ben changed it at 12:00 (his edit time, not hers).
    annotationOf(TEAM_TEXTS[2]!, 'a4', 0, 4, {
      documentId: 'd2',
      annotator: 'ana',
      createdAt: t(120),
      updatedAt: t(180),
      updatedBy: 'ben',
    }),
    annotationOf(text, 'g1', 0, 3, { documentId: 'd0', annotator: 'gold', createdAt: t(200), updatedAt: t(200) }),
  ];
  project.relations = [{ id: 'r1', type: 'related', from: 'a1', to: 'a2', annotator: 'ana' }];
  const event: TagwrightEvent = {
    id: 'e1',
    documentId: 'd0',
    type: 'event',
    trigger: 'a2',
    arguments: [],
    attributes: {},
    note: '',
    annotator: 'ana',
    createdAt: t(66),
    updatedAt: t(66),
  };
  project.events = [event];
  return project;
}

describe('progressReport', () => {
  const report = progressReport(teamProject());
  const cell = (d: number, a: number) => report.cells[d]![a]!;

  it('lists every document against every annotator but gold', () => {
    expect(report.documents.map((d) => d.id)).toEqual(['d0', 'd1', 'd2']);
    expect(report.annotators).toEqual([
      { id: 'ana', name: 'Ana' },
      { id: 'ben', name: 'Ben' },
    ]);
  });

  it('gives each cell its status, counts, first and last edit and time spent', () => {
    expect(cell(0, 0)).toEqual({
      documentId: 'd0',
      annotator: 'ana',
      assigned: true,
      status: 'done',
      doneAt: t(60),
      annotations: 3,
      relations: 1,
      events: 1,
      firstEdit: t(60),
      lastEdit: t(110),
      // 10:00 → 10:04 → 10:06 (the event), a 38-minute break, 10:44 → 10:50.
      timeSpentMs: 12 * minute,
    });
    expect(cell(1, 0)).toMatchObject({ assigned: true, status: 'not-started', annotations: 0, firstEdit: null });
    expect(cell(1, 1)).toMatchObject({ assigned: true, status: 'not-started' });
    expect(cell(2, 0)).toMatchObject({
      assigned: false,
      status: 'unassigned-annotated',
      annotations: 1,
      firstEdit: t(120),
      lastEdit: t(120),
      timeSpentMs: 0,
    });
    // Ben's change of ana's annotation is his edit: it started his work there, though he owns nothing.
    expect(cell(2, 1)).toMatchObject({ status: 'unassigned-annotated', annotations: 0, firstEdit: t(180) });
    expect(cell(0, 1)).toMatchObject({ assigned: false, status: 'none', timeSpentMs: 0 });
  });

  it('says in progress once an assigned annotator has begun', () => {
    const project = teamProject();
    project.annotations.push(
      annotationOf(TEAM_TEXTS[1]!, 'b1', 0, 4, {
        documentId: 'd1',
        annotator: 'ben',
        createdAt: t(5),
        updatedAt: t(7),
      }),
    );
    const ben = progressReport(project).cells[1]![1]!;
    expect(ben).toMatchObject({ status: 'in-progress', annotations: 1, timeSpentMs: 2 * minute });
  });

  it('sums each annotator', () => {
    expect(report.totals).toEqual([
      { annotator: 'ana', assigned: 2, done: 1, annotations: 4, relations: 1, events: 1, timeSpentMs: 12 * minute },
      { annotator: 'ben', assigned: 1, done: 0, annotations: 0, relations: 0, events: 0, timeSpentMs: 0 },
    ]);
  });
});
