import { describe, expect, it } from 'vitest';
import { relationTargets, relationTypesFrom } from '../../../../renderer/relations/relation-candidates';
import { defaultAnnotationSchema } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';

const text = 'Armenia said only 25% of the maps were accurate, the ministry said.';
const claim = annotationOf(text, 'c1', 13, 47, { label: 'claim' });
const armenia = annotationOf(text, 'a1', 0, 7, { label: 'actor' });
const ministry = annotationOf(text, 'a2', 53, 61, { label: 'actor' });
const figure = annotationOf(text, 'f1', 18, 21, { label: 'figure' });
const attributedTo = defaultAnnotationSchema().relationTypes.find((t) => t.id === 'attributed-to')!;

describe('relation candidates', () => {
  it('offers "attributed to" from a claim only, to the actors not yet linked, in the order given', () => {
    expect(relationTypesFrom('claim', defaultAnnotationSchema().relationTypes).map((t) => t.id)).toEqual([
      'attributed-to',
    ]);
    expect(relationTypesFrom('actor', defaultAnnotationSchema().relationTypes)).toEqual([]);
    const all = [armenia, claim, figure, ministry];
    expect(relationTargets(claim, attributedTo, all, []).map((a) => a.id)).toEqual(['a1', 'a2']);
    const linked = [{ id: 'r1', type: 'attributed-to', from: 'c1', to: 'a1', annotator: '' }];
    expect(relationTargets(claim, attributedTo, all, linked).map((a) => a.id)).toEqual(['a2']);
  });

  it('lets a type without label lists link anything but the annotation itself', () => {
    const any = { id: 'see-also', name: 'see also', sourceLabels: [], targetLabels: [] };
    expect(relationTypesFrom('figure', [any])).toEqual([any]);
    expect(relationTargets(figure, any, [armenia, figure, claim], []).map((a) => a.id)).toEqual(['a1', 'c1']);
  });
});
