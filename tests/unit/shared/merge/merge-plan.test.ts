import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIntegrityProblems, type AttributeMap, type Project } from '../../../../shared/model';
import { planMerge, type MergeInput, type MergeResolutions } from '../../../../shared/merge/merge-plan';
import { newProject } from '../../../../main/service/new-project';
import {
  TEAM_TEXTS,
  annotatorCopy,
  assignmentsOf,
  projectAfterPlan,
  teamDocument,
  workOf,
  type Mark,
} from '../../../support/merge-fixtures';

const at = new Date('2026-01-01T00:00:00.000Z');

function counter(prefix = 'n'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

function merged(base: Project, inputs: MergeInput[], resolutions: MergeResolutions = {}, newId = counter()) {
  const plan = planMerge(base, inputs, resolutions, newId);
  return { plan, project: projectAfterPlan(base, plan) };
}

const ana: Mark[] = [
  { text: 0, quote: 'The ministry', label: 'actor' },
  { text: 0, quote: '25 percent', label: 'figure', attributes: { value: 0.25 } },
  { text: 1, quote: 'Hajizada', label: 'actor' },
];
const ben: Mark[] = [
  { text: 0, quote: 'ministry', label: 'actor' },
  { text: 0, quote: '25 percent', label: 'figure', attributes: { value: 0.25, unit: 'percent' } },
];

describe('planMerge', () => {
  it('matches documents by their text, keeps each annotation with its annotator, and says what came from where', () => {
    const base = newProject('lead', 'Lead', at);
    const { plan, project } = merged(base, [
      { file: 'ana.tagwright', project: annotatorCopy('ana', ana) },
      { file: 'ben.tagwright', project: annotatorCopy('ben', ben) },
    ]);
    expect(project.documents.map((d) => d.text)).toEqual(TEAM_TEXTS);
    expect(project.annotations.map((a) => [a.quote, a.annotator])).toEqual([
      ['The ministry', 'ana'],
      ['25 percent', 'ana'],
      ['Hajizada', 'ana'],
      ['ministry', 'ben'],
      ['25 percent', 'ben'],
    ]);
    expect(project.annotators.map((a) => a.id)).toEqual(['ana', 'ben']);
    expect(plan.files.map((f) => [f.file, f.documents, f.annotations.added, f.annotators])).toEqual([
      ['ana.tagwright', { added: 3, matched: 0 }, 3, [{ annotator: 'ana', added: 3, alreadyThere: 0 }]],
      ['ben.tagwright', { added: 0, matched: 3 }, 2, [{ annotator: 'ben', added: 2, alreadyThere: 0 }]],
    ]);
    // Ben's annotations point at the documents Ana's file brought, whatever Ben's copy called them.
    expect(new Set(project.annotations.map((a) => a.documentId))).toEqual(new Set(['anad0', 'anad1']));
    expect(findIntegrityProblems(project)).toEqual([]);
  });

  it('does not add an annotation already there, even under other ids and attributes written in another order', () => {
    const base = annotatorCopy('ana', ana);
    const again = annotatorCopy('ana', ana, 'copy');
    again.annotations[1]!.attributes = JSON.parse('{"value":0.25}') as Record<string, number>;
    const { plan, project } = merged(base, [{ file: 'again.tagwright', project: again }]);
    expect(plan.annotations).toEqual([]);
    expect(plan.documents).toEqual([]);
    expect(plan.files[0]!.annotations).toEqual({ added: 0, alreadyThere: 3, leftOut: 0 });
    expect(project).toEqual(base);
  });

  it('carries relations, events, groups and entities with their ids remapped', () => {
    const theirs = annotatorCopy('ana', ana);
    theirs.entities = [{ id: 'e1', name: 'Ministry', label: 'actor', aliases: [] }];
    theirs.annotations[0]!.entity = 'e1';
    theirs.relations = [{ id: 'r1', type: 'attributed-to', from: 'anaa1', to: 'anaa0', annotator: 'ana' }];
    theirs.events = [eventOf('ev1', 'anad0', 'anaa1', [{ role: 'agent', target: 'anaa0', targetKind: 'annotation' }])];
    theirs.equivalences = [
      { id: 'g1', documentId: 'anad0', type: 'Equiv', members: ['anaa0', 'anaa1'], annotator: 'ana' },
    ];
    // The lead's project already uses every id the file uses.
    const base = annotatorCopy('lead', [{ text: 2, quote: 'Ana', label: 'actor' }], 'ana');
    base.documents = [teamDocument('anad0', 'Another text entirely.'), teamDocument('anad2', TEAM_TEXTS[2]!)];
    base.annotations[0]!.documentId = 'anad2';
    base.entities = [{ id: 'e1', name: 'Other', label: 'actor', aliases: [] }];
    base.relations = [{ id: 'r1', type: 'attributed-to', from: 'anaa0', to: 'anaa0', annotator: 'lead' }];
    const { project } = merged(base, [{ file: 'ana.tagwright', project: theirs }]);
    expect(findIntegrityProblems(project)).toEqual([]);
    const byQuote = new Map(project.annotations.map((a) => [`${a.annotator}:${a.quote}`, a]));
    const ministry = byQuote.get('ana:The ministry')!;
    const figure = byQuote.get('ana:25 percent')!;
    expect(project.entities.find((e) => e.id === ministry.entity)?.name).toBe('Ministry');
    expect(project.relations.filter((r) => r.annotator === 'ana')).toEqual([
      expect.objectContaining({ from: figure.id, to: ministry.id }),
    ]);
    expect(project.events[0]).toMatchObject({ trigger: figure.id, arguments: [{ target: ministry.id }] });
    expect(project.equivalences[0]!.members).toEqual([ministry.id, figure.id]);
  });

  it('lists schema differences, waits for a decision on each, and applies the one given', () => {
    const theirs = annotatorCopy('ana', [...ana, { text: 1, quote: 'mines', label: 'weapon' }]);
    theirs.schema.labels.push({
      id: 'weapon',
      name: 'Weapon',
      colour: '#000000',
      hotkeys: [],
      description: '',
      attributes: [],
    });
    theirs.schema.labels[0]!.colour = '#ffffff';
    theirs.schema.labels.splice(3, 1); // no Event label in their copy
    const base = newProject('lead', 'Lead', at);
    const input = [{ file: 'ana.tagwright', project: theirs }];
    const undecided = merged(base, input).plan;
    expect(undecided.unresolved.map((d) => [d.key, d.kind, d.fields])).toEqual([
      ['labels:claim', 'differs', ['colour']],
      ['labels:weapon', 'missing-here', []],
    ]);
    expect(undecided.files[0]!.differences.map((d) => [d.key, d.kind, d.resolution])).toContainEqual([
      'labels:event',
      'missing-there',
      'ours',
    ]);
    const ours = merged(base, input, { all: 'ours' });
    expect(ours.plan.schemaChanged).toBe(false);
    expect(ours.plan.files[0]!.annotations).toEqual({ added: 3, alreadyThere: 0, leftOut: 1 });
    const theirsChosen = merged(base, input, { all: 'theirs' });
    expect(theirsChosen.project.schema.labels.map((l) => [l.id, l.colour])).toEqual([
      ['claim', '#ffffff'],
      ['figure', '#3d8ee8'],
      ['actor', '#3dae6a'],
      ['event', '#b05cc9'],
      ['weapon', '#000000'],
    ]);
    expect(theirsChosen.plan.annotations.map((a) => a.label)).toContain('weapon');
    const mixed = merged(base, input, { byKey: { 'labels:claim': 'ours', 'labels:weapon': 'theirs' } });
    expect(mixed.plan.unresolved).toEqual([]);
    expect(mixed.project.schema.labels[0]!.colour).toBe('#e8a33d');
    expect(findIntegrityProblems(mixed.project)).toEqual([]);
  });

  it('union adds the attribute definitions only their label has', () => {
    const theirs = annotatorCopy('ana', ana);
    theirs.schema.labels[1]!.attributes.push({ name: 'source', type: 'string' });
    const { project, plan } = merged(newProject('lead', 'Lead', at), [{ file: 'a', project: theirs }], {
      all: 'union',
    });
    expect(plan.files[0]!.differences[0]).toMatchObject({ key: 'labels:figure', fields: ['attributes'] });
    expect(project.schema.labels[1]!.attributes.map((a) => a.name)).toEqual([
      'value',
      'min',
      'max',
      'unit',
      'kind',
      'qualifier',
      'source',
    ]);
  });
});

describe('planMerge properties', () => {
  const annotator = fc.constantFrom('ana', 'ben', 'cy');
  const mark = fc
    .record({ text: fc.nat(TEAM_TEXTS.length - 1), from: fc.nat(30), length: fc.integer({ min: 1, max: 12 }) })
    .chain(({ text, from, length }) => {
      const t = TEAM_TEXTS[text]!;
      const start = Math.min(from, t.length - 1);
      return fc.record({
        text: fc.constant(text),
        quote: fc.constant(t.slice(start, Math.min(t.length, start + length))),
        label: fc.constantFrom('claim', 'figure', 'actor'),
        attributes: fc.constantFrom<AttributeMap[]>({}, { value: 1 }, { unit: 'x', value: 2 }),
      });
    });
  // Documents assigned in the copy (by index in TEAM_TEXTS), to whom, and the day each said done (or not).
  const assignment = fc.record({
    text: fc.nat(TEAM_TEXTS.length - 1),
    who: annotator,
    doneOn: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  });
  const copy = fc.record({
    who: annotator,
    marks: fc.array(mark, { maxLength: 8 }),
    prefix: fc.constantFrom('p', 'q', 'r'),
    assignments: fc.uniqueArray(assignment, { maxLength: 4, selector: (a) => `${a.text} ${a.who}` }),
  });
  type Copy = {
    who: string;
    marks: Mark[];
    prefix: string;
    assignments: { text: number; who: string; doneOn?: number }[];
  };
  const projectOf = (c: Copy, file: string): MergeInput => {
    const project = annotatorCopy(c.who, c.marks, c.prefix);
    project.assignments = c.assignments.map(({ text, who, doneOn }) => ({
      documentId: `${c.prefix}d${text}`,
      annotator: who,
      assignedAt: at.toISOString(),
      ...(doneOn === undefined ? {} : { doneAt: `2026-01-0${doneOn}T00:00:00.000Z` }),
    }));
    return { file, project };
  };

  it('merging a file again changes nothing: merge(merge(A, B), B) == merge(A, B)', () => {
    fc.assert(
      fc.property(copy, copy, (a, b) => {
        const A = projectOf(a, 'a');
        const B = projectOf(b, 'b');
        const once = merged(A.project, [B]).project;
        const twice = merged(once, [projectOf(b, 'b')], {}, counter('m')).project;
        expect(twice).toEqual(once);
        expect(findIntegrityProblems(once)).toEqual([]);
      }),
    );
  });

  it('the order of the files does not change the set of annotations, nor the assignments and their latest doneAt', () => {
    fc.assert(
      fc.property(copy, copy, copy, (a, b, c) => {
        const base = newProject('lead', 'Lead', at);
        const inputs = [projectOf(a, 'a'), projectOf(b, 'b'), projectOf(c, 'c')];
        const forwards = merged(base, inputs).project;
        const backwards = merged(base, [...inputs].reverse()).project;
        expect(workOf(backwards)).toEqual(workOf(forwards));
        expect(assignmentsOf(backwards)).toEqual(assignmentsOf(forwards));
        expect(new Set(workOf(forwards)).size).toBe(workOf(forwards).length);
      }),
    );
  });
});

function eventOf(id: string, documentId: string, trigger: string, args: Project['events'][number]['arguments']) {
  return {
    id,
    documentId,
    type: 'event',
    trigger,
    arguments: args,
    attributes: {},
    note: '',
    annotator: 'ana',
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  };
}

describe('planMerge: assignments', () => {
  /** An assignment of a document to an annotator on a day of January 2026, done on another (or not). */
  const assigned = (documentId: string, annotator: string, day: number, doneDay?: number) => ({
    documentId,
    annotator,
    assignedAt: `2026-01-0${day}T00:00:00.000Z`,
    ...(doneDay === undefined ? {} : { doneAt: `2026-01-0${doneDay}T00:00:00.000Z` }),
  });

  it("unions the files' assignments by document text, keeping ours and the latest doneAt", () => {
    const base = annotatorCopy('lead', [], 'l');
    base.assignments = [assigned('ld0', 'ana', 1), assigned('ld1', 'ben', 1, 5)];
    const anaCopy = annotatorCopy('ana', [], 'a');
    anaCopy.assignments = [assigned('ad0', 'ana', 2, 4), assigned('ad2', 'ana', 2)];
    const benCopy = annotatorCopy('ben', [], 'b');
    benCopy.assignments = [assigned('bd1', 'ben', 1, 3)];
    const inputs = [
      { file: 'ana', project: anaCopy },
      { file: 'ben', project: benCopy },
    ];
    const { plan, project } = merged(base, inputs);
    // ana's word that she finished d0 comes in; ben's earlier "done" does not replace the later one.
    expect(plan.assignments).toEqual([assigned('ld0', 'ana', 1, 4), assigned('ld2', 'ana', 2)]);
    expect(project.assignments).toHaveLength(3);
    expect(findIntegrityProblems(project)).toEqual([]);
    expect(merged(project, inputs).plan.assignments).toEqual([]);
  });
});
