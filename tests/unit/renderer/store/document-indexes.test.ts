import { describe, expect, it } from 'vitest';
import {
  annotationsById,
  eventsOfAnnotation,
  relationsOfAnnotation,
} from '../../../../renderer/store/document-indexes';
import type { TagwrightEvent } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';

const relation = (id: string, from: string, to: string) => ({ id, type: 'attributed-to', from, to, annotator: '' });

describe('document indexes', () => {
  it('finds annotations by id, one index per array', () => {
    const list = [annotationOf('Armenia said', 'a', 0, 7), annotationOf('Armenia said', 'b', 8, 12)];
    expect(annotationsById(list).get('b')?.quote).toBe('said');
    expect(annotationsById(list)).toBe(annotationsById(list));
    expect(annotationsById([...list])).not.toBe(annotationsById(list));
  });

  it('lists the relations from or to an annotation, the same array until the relations change', () => {
    const relations = [relation('r1', 'c1', 'a1'), relation('r2', 'c2', 'a1'), relation('r3', 'c1', 'c1')];
    expect(relationsOfAnnotation(relations, 'a1').map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(relationsOfAnnotation(relations, 'c1').map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(relationsOfAnnotation(relations, 'a1')).toBe(relationsOfAnnotation(relations, 'a1'));
    expect(relationsOfAnnotation(relations, 'nobody')).toEqual([]);
    expect(relationsOfAnnotation(relations, 'nobody')).toBe(relationsOfAnnotation([], 'other'));
  });

  it('lists the events an annotation triggers or fills a role of, each once', () => {
    const event = (id: string, trigger: string, targets: string[]): TagwrightEvent => ({
      id,
      documentId: 'doc',
      type: 'event',
      trigger,
      arguments: targets.map((target) => ({ role: 'agent', target, targetKind: 'annotation' as const })),
      attributes: {},
      note: '',
      annotator: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const events = [
      event('e1', 'provided', ['armenia', 'armenia']),
      event('e2', 'provided', []),
      event('e3', 'x', ['e1']),
    ];
    events[2]!.arguments[0]!.targetKind = 'event';
    expect(eventsOfAnnotation(events, 'provided').map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(eventsOfAnnotation(events, 'armenia').map((e) => e.id)).toEqual(['e1']);
    expect(eventsOfAnnotation(events, 'e1')).toEqual([]);
    expect(eventsOfAnnotation(events, 'armenia')).toBe(eventsOfAnnotation(events, 'armenia'));
  });
});
