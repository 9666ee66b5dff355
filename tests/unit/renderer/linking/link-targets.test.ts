import { describe, expect, it } from 'vitest';
import {
  allowedTargets,
  NEARBY_CHARACTERS,
  offeredTargets,
  openRoles,
  relationTypesByTarget,
  steppedTarget,
  withOfferedTarget,
} from '../../../../renderer/linking/link-targets';
import type { LinkSession } from '../../../../renderer/store/link-session';
import { defaultAnnotationSchema, type TagwrightEvent } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';

const far = ' '.repeat(NEARBY_CHARACTERS + 10);
const text = `Hajizada said maps are only 25% accurate, said Aykhan Hajizada; Armenia provided maps.${far}Erdoğan Hajizadə`;
const at = (quote: string, from = 0) => text.indexOf(quote, from);
const claim = annotationOf(text, 'claim', at('maps are'), at(', said'), { label: 'claim' });
const first = annotationOf(text, 'first', 0, 8, { label: 'actor' });
const aykhan = annotationOf(text, 'aykhan', at('Aykhan'), at(';'), { label: 'actor' });
const armenia = annotationOf(text, 'armenia', at('Armenia'), at(' provided'), { label: 'actor' });
const provided = annotationOf(text, 'provided', at('provided'), at(' maps.'), { label: 'event' });
const distant = annotationOf(text, 'distant', at('Erdoğan'), text.length, { label: 'actor' });
const annotations = [first, claim, aykhan, armenia, provided, distant];
const schema = defaultAnnotationSchema();
const relation = (query = ''): LinkSession => ({
  purpose: { kind: 'relation', sourceId: 'claim', types: schema.relationTypes },
  choice: 0,
  query,
  targetId: null,
});
const event: TagwrightEvent = {
  id: 'e1',
  documentId: 'doc',
  type: 'event',
  trigger: 'provided',
  arguments: [{ role: 'agent', target: 'armenia', targetKind: 'annotation' }],
  attributes: {},
  note: '',
  annotator: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const context = { annotations, relations: [], events: [event] };
const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);

describe('link mode', () => {
  it('offers the allowed targets near the source, nearest first', () => {
    expect(ids(allowedTargets(relation(), context))).toEqual(['first', 'aykhan', 'armenia', 'distant']);
    expect(ids(offeredTargets(relation(), context))).toEqual(['first', 'aykhan', 'armenia']);
  });

  it('finds targets anywhere by what is typed, case and accents aside', () => {
    expect(ids(offeredTargets(relation('hajiz'), context))).toEqual(['first', 'aykhan', 'distant']);
    expect(ids(offeredTargets(relation('ERDOGAN'), context))).toEqual(['distant']);
    expect(offeredTargets(relation('nobody'), context)).toEqual([]);
  });

  it('moves with Tab and Shift+Tab, wrapping around, and keeps a target that is still offered', () => {
    const offered = offeredTargets(relation(), context);
    expect(steppedTarget(offered, null, 1)).toBe('first');
    expect(steppedTarget(offered, null, -1)).toBe('armenia');
    expect(steppedTarget(offered, 'first', 1)).toBe('aykhan');
    expect(steppedTarget(offered, 'first', -1)).toBe('armenia');
    expect(withOfferedTarget({ ...relation(), targetId: 'aykhan' }, context).targetId).toBe('aykhan');
    expect(withOfferedTarget({ ...relation('arm'), targetId: 'first' }, context).targetId).toBe('armenia');
  });

  it('offers the roles an annotation may fill, and for a role the annotations not already filling it', () => {
    const roles = schema.eventTypes[0]!.roles;
    expect(openRoles(roles, event).map((r) => r.id)).toEqual(['agent', 'affected', 'figure']);
    const single = roles.map((r) => ({ ...r, repeatable: false }));
    expect(openRoles(single, event).map((r) => r.id)).toEqual(['affected', 'figure']);
    const session: LinkSession = {
      purpose: { kind: 'role', eventId: 'e1', triggerId: 'provided', roles },
      choice: 0,
      query: '',
      targetId: null,
    };
    expect(ids(offeredTargets(session, context))).toEqual(['aykhan', 'first']);
  });
});

describe('drag to link', () => {
  const mentions = { id: 'mentions', name: 'mentions', sourceLabels: ['claim'], targetLabels: ['actor', 'event'] };
  const types = [...schema.relationTypes, mentions];

  it('lists every allowed target with the relation types that fit it, in the order of the schema', () => {
    const byTarget = relationTypesByTarget(claim, types, context);
    const names = (id: string) => byTarget.get(id)?.map((t) => t.name);
    expect([...byTarget.keys()].sort()).toEqual(['armenia', 'aykhan', 'distant', 'first', 'provided']);
    expect(names('aykhan')).toEqual(['attributed to', 'mentions']);
    expect(names('provided')).toEqual(['mentions']);
    expect(byTarget.has('claim')).toBe(false);
  });

  it('leaves out a target already linked with a type, keeping its other types', () => {
    const relation = { id: 'r1', type: 'attributed-to', from: 'claim', to: 'aykhan', annotator: '' };
    const linked = { ...context, relations: [relation] };
    expect(
      relationTypesByTarget(claim, types, linked)
        .get('aykhan')
        ?.map((t) => t.id),
    ).toEqual(['mentions']);
  });
});
