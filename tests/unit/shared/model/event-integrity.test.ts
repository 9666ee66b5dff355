import { describe, expect, it } from 'vitest';
import { findIntegrityProblems, type Project, type TagwrightEvent } from '../../../../shared/model';
import { hashText } from '../../../../main/service/build-documents';
import { annotationOf } from '../../../support/annotation-fixture';
import { smallProject } from '../../../support/project-fixtures';

const at = '2026-01-01T00:00:00.000Z';

/** smallProject (doc1: a1 "Armenia", a2 "25%") with a trigger a3 "provided", a second document, and events. */
function projectWith(events: Partial<TagwrightEvent>[], more: Partial<Project> = {}): Project {
  const project = smallProject();
  const text = project.documents[0]!.text;
  project.annotations.push(annotationOf(text, 'a3', 8, 16, { documentId: 'doc1', label: 'event' }));
  const other = { ...project.documents[0]!, id: 'doc2', text: 'Baku said.', sha256: hashText('Baku said.') };
  project.documents.push(other);
  project.annotations.push(annotationOf(other.text, 'b1', 0, 4, { documentId: 'doc2', label: 'actor' }));
  project.events = events.map((e, i) => ({
    id: `e${i + 1}`,
    documentId: 'doc1',
    type: 'event',
    trigger: 'a3',
    arguments: [],
    attributes: {},
    note: '',
    annotator: '',
    createdAt: at,
    updatedAt: at,
    ...e,
  }));
  return { ...project, ...more };
}

const messages = (project: Project) => findIntegrityProblems(project).map((p) => `${p.path}: ${p.message}`);

describe('integrity of events and equivalence groups', () => {
  it('accepts events sharing a trigger, with annotation and event arguments, roles repeated', () => {
    const project = projectWith([
      {
        arguments: [
          { role: 'agent', target: 'a1', targetKind: 'annotation' },
          { role: 'agent', target: 'a2', targetKind: 'annotation' },
        ],
      },
      { arguments: [{ role: 'cause', target: 'e1', targetKind: 'event' }] },
    ]);
    project.equivalences = [{ id: 'g1', documentId: 'doc1', type: 'Equiv', members: ['a1', 'a2'], annotator: '' }];
    expect(messages(project)).toEqual([]);
  });

  it('names a trigger or argument that is missing or in another document', () => {
    expect(
      messages(
        projectWith([
          { trigger: 'nope' },
          { trigger: 'b1' },
          {
            arguments: [
              { role: 'agent', target: 'b1', targetKind: 'annotation' },
              { role: 'cause', target: 'e9', targetKind: 'event' },
              // An annotation id given as an event: the kind says where to look.
              { role: 'cause', target: 'a1', targetKind: 'event' },
            ],
          },
        ]),
      ),
    ).toEqual([
      'events[0].trigger: event "e1" trigger points to missing annotation "nope"',
      'events[1].trigger: event "e2" of document "doc1" has as trigger annotation "b1" of document "doc2"',
      'events[2].arguments[0]: event "e3" of document "doc1" has as argument agent annotation "b1" of document "doc2"',
      'events[2].arguments[1]: event "e3" argument cause points to missing event "e9"',
      'events[2].arguments[2]: event "e3" argument cause points to missing event "a1"',
    ]);
  });

  it('refuses an event that is, through its arguments, an argument of itself', () => {
    const cause = (target: string) => ({ arguments: [{ role: 'cause', target, targetKind: 'event' as const }] });
    expect(messages(projectWith([cause('e2'), cause('e3'), cause('e1')]))).toEqual([
      'events[0].arguments: event "e1" is, through its arguments, an argument of itself (e1 → e2 → e3 → e1)',
    ]);
    expect(messages(projectWith([cause('e1')]))).toEqual([
      'events[0].arguments: event "e1" is, through its arguments, an argument of itself (e1 → e1)',
    ]);
    // A chain that shares events is no cycle.
    expect(messages(projectWith([cause('e3'), cause('e3'), {}]))).toEqual([]);
  });

  it('names duplicate ids, unknown types and missing documents', () => {
    const project = projectWith([{}, { id: 'e1' }, { id: 'e3', type: 'Binding' }, { id: 'e4', documentId: 'gone' }]);
    expect(messages(project)).toEqual([
      'events[1].id: duplicate event id "e1"',
      'events[2].type: event "e3" has unknown type "Binding"',
      'events[3].documentId: event "e4" points to missing document "gone"',
      'events[3].trigger: event "e4" of document "gone" has as trigger annotation "a3" of document "doc1"',
    ]);
  });

  it('names an equivalence member missing, listed twice or in another document, and an unknown type', () => {
    const project = projectWith([]);
    const group = { id: 'g1', documentId: 'doc1', type: 'Equiv', annotator: '' };
    project.equivalences = [
      { ...group, members: ['a1', 'a1', 'b1', 'nope'] },
      { ...group, id: 'g1', members: ['a1', 'a2'] },
      { ...group, id: 'g2', type: 'Coref', members: ['a1', 'a2'] },
    ];
    expect(messages(project)).toEqual([
      'equivalences[0].members[1]: equivalence "g1" lists annotation "a1" twice',
      'equivalences[0].members[2]: equivalence "g1" of document "doc1" holds annotation "b1" of document "doc2"',
      'equivalences[0].members[3]: equivalence "g1" points to missing annotation "nope"',
      'equivalences[1].id: duplicate equivalence id "g1"',
      'equivalences[2].type: equivalence "g2" has unknown type "Coref"',
    ]);
  });
});
