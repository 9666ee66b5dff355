import { describe, expect, it } from 'vitest';
import { identityInProject } from '../../../../shared/team/identity-in-project';

const me = { id: 'ana-lima-k3j9x2', name: 'Ana Lima' };

describe('identityInProject', () => {
  it('keeps my own id when the project knows it, even beside a namesake', () => {
    expect(identityInProject(me, [{ id: 'Ana Lima', name: 'Ana Lima' }, me])).toBe(me);
  });

  it("takes the project's one annotator of my name (case, accents and spaces aside), keeping my spelling", () => {
    expect(
      identityInProject(me, [
        { id: 'ben', name: 'Ben' },
        { id: 'ana', name: '  ána   LIMA ' },
      ]),
    ).toEqual({
      id: 'ana',
      name: 'Ana Lima',
    });
  });

  it('keeps my own id when two annotators have my name, none has, or the only one is the gold layer', () => {
    const twins = [
      { id: 'ana-1', name: 'Ana Lima' },
      { id: 'ana-2', name: 'ana lima' },
    ];
    expect(identityInProject(me, twins)).toBe(me);
    expect(identityInProject(me, [{ id: 'ben', name: 'Ben' }])).toBe(me);
    expect(identityInProject({ id: 'g-1', name: 'Gold' }, [{ id: 'gold', name: 'Gold' }])).toEqual({
      id: 'g-1',
      name: 'Gold',
    });
  });
});
