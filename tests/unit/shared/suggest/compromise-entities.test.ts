import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntityMentions } from '../../../../shared/suggest/compromise-entities';
import { isInsideSurrogatePair } from '../../../../shared/text/surrogate-pairs';
import { hardTextArbitrary } from '../../renderer/document-view/hard-text';

/** The mentions in `text` as [kind, the text they cover]. */
const mentionsIn = (text: string) => findEntityMentions(text).map((m) => [m.kind, text.slice(m.start, m.end)]);

describe('findEntityMentions (compromise)', () => {
  it('finds people, organisations and places, trimmed of titles and possessives', () => {
    const text = 'President Ilham Aliyev met Angela Merkel at the European Union’s office in Baku.';
    expect(mentionsIn(text)).toEqual([
      ['person', 'Ilham Aliyev'],
      ['person', 'Angela Merkel'],
      ['organisation', 'European Union'],
      ['place', 'Baku'],
    ]);
  });

  it('finds numbers, percentages and money with their scale and unit word, each on its own', () => {
    const text = 'Some 400,000 mines, 25 percent of them, cost 5 million dollars; $5 million, 12% more.';
    expect(mentionsIn(text)).toEqual([
      ['number', '400,000'],
      ['percent', '25 percent'],
      ['money', '5 million dollars'],
      ['money', '$5 million'],
      ['percent', '12%'],
    ]);
  });

  it('finds dates without their preposition, and leaves their numbers and ranks alone', () => {
    const text = 'On 12 May the 18th goal was set; they met last week.';
    expect(mentionsIn(text)).toEqual([
      ['date', '12 May'],
      ['date', 'last week'],
    ]);
  });

  it('drops titles, cuts lists at their commas, and takes acronyms the text defines as organisations', () => {
    const text =
      'Secretary Kerry met Ambassador James Jeffrey. Aid went to Iraq, Yemen, Kenya and the Office of the United Nations High Commissioner for Refugees (UNHCR); UNHCR thanked them.';
    const found = mentionsIn(text);
    expect(found).toEqual(
      expect.arrayContaining([
        ['person', 'Kerry'],
        ['person', 'James Jeffrey'],
        ['place', 'Iraq'],
        ['place', 'Yemen'],
        ['place', 'Kenya'],
      ]),
    );
    expect(found.filter(([, t]) => t === 'UNHCR')).toEqual([
      ['organisation', 'UNHCR'],
      ['organisation', 'UNHCR'],
    ]);
    expect(found.map(([, t]) => t)).not.toContain('Iraq, Yemen');
  });

  it('reads bare years as dates, keeps relative dates whole, and leaves vague amounts and unanchored words alone', () => {
    const text =
      'In FY 2016 the fund gave $698 million. This week, thousands of people met, every day, in 2023, for the 13.5 million people.';
    expect(mentionsIn(text)).toEqual([
      ['date', '2016'],
      ['money', '$698 million'],
      ['date', 'This week'],
      ['date', '2023'],
      ['number', '13.5 million'],
    ]);
  });

  it('counts offsets in UTF-16 code units of the text, past emoji and accents', () => {
    const text = '😀👩‍👩‍👧 Zürich: e\u0301 Barack Obama paid 25%.';
    const found = findEntityMentions(text);
    expect(found.map((m) => [m.kind, m.start, m.end])).toEqual([
      ['place', 11, 17],
      ['person', 22, 34],
      ['percent', 40, 43],
    ]);
  });

  it('finds a name at its exact offsets after any text, and every span is whole characters of the text', () => {
    fc.assert(
      fc.property(hardTextArbitrary, hardTextArbitrary, (before, after) => {
        const text = `${before}\n\nBarack Obama said 40% ${after}`;
        const found = findEntityMentions(text);
        const nameAt = before.length + 2;
        expect(found).toContainEqual({ kind: 'person', start: nameAt, end: nameAt + 'Barack Obama'.length });
        for (const m of found) {
          const covered = text.slice(m.start, m.end);
          expect(covered).toBe(covered.trim());
          expect(covered.length).toBeGreaterThan(0);
          expect([m.start, m.end].map((at) => isInsideSurrogatePair(text, at))).toEqual([false, false]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
