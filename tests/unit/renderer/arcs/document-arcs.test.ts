import { describe, expect, it } from 'vitest';
import { documentArcs } from '../../../../renderer/arcs/document-arcs';
import { defaultAnnotationSchema, type TagwrightEvent } from '../../../../shared/model';

const at = '2026-01-01T00:00:00.000Z';
const event = (id: string, trigger: string, args: TagwrightEvent['arguments']): TagwrightEvent => ({
  id,
  documentId: 'doc',
  type: 'event',
  trigger,
  arguments: args,
  attributes: {},
  note: '',
  annotator: '',
  createdAt: at,
  updatedAt: at,
});

describe('document arcs', () => {
  it('draws a relation source → target and each event role trigger → argument, named as the schema names them', () => {
    const { relationTypes, eventTypes } = defaultAnnotationSchema();
    const relations = [{ id: 'r1', type: 'attributed-to', from: 'claim', to: 'actor', annotator: '' }];
    const events = [
      event('e1', 'provided', [
        { role: 'agent', target: 'armenia', targetKind: 'annotation' },
        { role: 'cause', target: 'e2', targetKind: 'event' },
        { role: 'cause', target: 'gone', targetKind: 'event' },
      ]),
      event('e2', 'pressure', []),
    ];
    expect(documentArcs(relations, events, relationTypes, eventTypes)).toEqual([
      { id: 'relation:r1', kind: 'relation', from: 'claim', to: 'actor', label: 'attributed to' },
      { id: 'role:e1:0', kind: 'role', from: 'provided', to: 'armenia', label: 'agent' },
      { id: 'role:e1:1', kind: 'role', from: 'provided', to: 'pressure', label: 'cause' },
    ]);
  });
});
