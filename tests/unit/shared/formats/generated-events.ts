import fc from 'fast-check';
import type {
  Annotation,
  AttributeMap,
  Comment,
  Equivalence,
  EventArgument,
  Normalization,
  Relation,
  TagwrightEvent,
} from '../../../../shared/model';

// Random documents with events, for the round trips of the formats that carry them (brat, JSONL).

const WORDS = 20;
export const eventsText = Array.from({ length: WORDS }, (_, i) => `w${i}`).join(' ');
const at = '2026-01-01T00:00:00.000Z';
const EVENT_TYPES = ['Binding', 'Regulation'];

/** One word's place in the text: words are `w0 w1 …`, so word i is a span of its own. */
const wordSpan = (i: number) => {
  const start = eventsText.indexOf(`w${i}`);
  return { start, end: start + `w${i}`.length };
};

/** Attributes (a flag, a value), some flags modifiers, normalizations, a note and comments (some on an attribute or a normalization). */
const remarks = fc
  .record({
    negated: fc.boolean(),
    confidence: fc.option(fc.constantFrom('High', 'Low'), { nil: undefined }),
    modifier: fc.boolean(),
    note: fc.constantFrom('', 'checked', 'two  spaces'),
    normalizations: fc.array(
      fc.record({
        resource: fc.constantFrom('UniProt', 'GO'),
        entry: fc.constantFrom('P1', 'GO:0001'),
        text: fc.constantFrom('', 'A name'),
      }),
      { maxLength: 2 },
    ),
    comments: fc.array(fc.record({ type: fc.constantFrom('Lemma', 'Gloss'), text: fc.constantFrom('run', 'a b') }), {
      maxLength: 2,
    }),
    aboutAttribute: fc.boolean(),
    aboutNormalization: fc.boolean(),
  })
  .map((r) => {
    const attributes: AttributeMap = {};
    if (r.negated) attributes.Negation = true;
    if (r.confidence) attributes.Confidence = r.confidence;
    const comments: Comment[] = [...r.comments];
    const name = Object.keys(attributes)[0];
    if (r.aboutAttribute && name)
      comments.push({ type: 'AnnotatorNotes', text: 'on the attribute', about: { attribute: name } });
    if (r.aboutNormalization && r.normalizations.length > 0)
      comments.push({
        type: 'AnnotatorNotes',
        text: 'on the link',
        about: { normalization: r.normalizations.length - 1 },
      });
    return {
      attributes,
      ...(r.negated && r.modifier ? { modifiers: ['Negation'] } : {}),
      note: r.note,
      ...(r.normalizations.length > 0 ? { normalizations: r.normalizations as Normalization[] } : {}),
      ...(comments.length > 0 ? { comments } : {}),
    };
  });

export interface Generated {
  annotations: Annotation[];
  relations: Relation[];
  events: TagwrightEvent[];
  equivalences: Equivalence[];
}

/**
 * A document of random things: each word at most one annotation (a Protein, an Entity, or a
 * trigger labelled with its event type, as brat wants), events on those triggers (several may
 * share one) with Theme/Cause/Site arguments (annotations, or earlier events), relations and
 * Equiv groups; everything with random remarks.
 */
export const generatedEvents: fc.Arbitrary<Generated> = fc
  .record({
    labels: fc.array(fc.constantFrom('Protein', 'Entity', ...EVENT_TYPES, null), {
      minLength: WORDS,
      maxLength: WORDS,
    }),
    remarks: fc.array(remarks, { minLength: WORDS, maxLength: WORDS }),
    events: fc.array(
      fc.record({
        trigger: fc.nat(),
        args: fc.array(
          fc.record({ role: fc.constantFrom('Theme', 'Cause', 'Site'), target: fc.nat(), event: fc.boolean() }),
          {
            maxLength: 4,
          },
        ),
        remarks,
      }),
      { maxLength: 8 },
    ),
    relations: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(fc.constant('why'), { nil: undefined })), {
      maxLength: 3,
    }),
    groups: fc.array(fc.uniqueArray(fc.nat(WORDS - 1), { minLength: 2, maxLength: 4 }), { maxLength: 2 }),
  })
  .map((g): Generated => {
    const annotations: Annotation[] = [];
    g.labels.forEach((label, i) => {
      if (!label) return;
      const { start, end } = wordSpan(i);
      annotations.push({
        id: `a${i}`,
        documentId: 'd1',
        start,
        end,
        quote: eventsText.slice(start, end),
        label,
        annotator: '',
        createdAt: at,
        updatedAt: at,
        ...g.remarks[i]!,
      });
    });
    const entities = annotations.filter((a) => !EVENT_TYPES.includes(a.label));
    const triggers = annotations.filter((a) => EVENT_TYPES.includes(a.label));
    const events: TagwrightEvent[] = [];
    for (const e of g.events) {
      const trigger = triggers[e.trigger % Math.max(triggers.length, 1)];
      if (!trigger) break;
      const args = e.args.flatMap((a): EventArgument[] => {
        if (a.event && events.length > 0)
          return [{ role: a.role, target: events[a.target % events.length]!.id, targetKind: 'event' as const }];
        const target = entities[a.target % Math.max(entities.length, 1)];
        return target ? [{ role: a.role, target: target.id, targetKind: 'annotation' as const }] : [];
      });
      events.push({
        id: `e${events.length}`,
        documentId: 'd1',
        type: trigger.label,
        trigger: trigger.id,
        arguments: args,
        annotator: '',
        createdAt: at,
        updatedAt: at,
        ...e.remarks,
      });
    }
    const pick = (n: number) => entities[n % Math.max(entities.length, 1)];
    const relations = g.relations.flatMap(([from, to, note], i): Relation[] => {
      const [x, y] = [pick(from), pick(to)];
      return x && y
        ? [{ id: `r${i}`, type: 'Part-of', from: x.id, to: y.id, annotator: '', ...(note ? { note } : {}) }]
        : [];
    });
    const equivalences = g.groups.flatMap((words, i): Equivalence[] => {
      const members = words.map((w) => `a${w}`).filter((id) => entities.some((a) => a.id === id));
      return members.length >= 2 ? [{ id: `g${i}`, documentId: 'd1', type: 'Equiv', members, annotator: '' }] : [];
    });
    return { annotations, relations, events, equivalences };
  });

/** Everything the model says, with ids replaced by what they name (spans by label and place, events by what they are). */
export function described(m: Generated): string[] {
  const span = (id: string) => {
    const a = m.annotations.find((x) => x.id === id)!;
    return `${a.label}@${a.start}`;
  };
  const extras = (x: {
    attributes?: AttributeMap;
    modifiers?: string[];
    note?: string;
    normalizations?: unknown;
    comments?: unknown;
  }) => JSON.stringify([x.attributes ?? {}, x.modifiers ?? [], x.note ?? '', x.normalizations ?? [], x.comments ?? []]);
  const event = (id: string): string => {
    const e = m.events.find((x) => x.id === id)!;
    const args = e.arguments.map(
      (a) => `${a.role}:${a.targetKind === 'event' ? `(${event(a.target)})` : span(a.target)}`,
    );
    return `${e.type} on ${span(e.trigger)} [${args.join(' ')}] ${extras(e)}`;
  };
  return [
    ...m.annotations.map((a) => `annotation ${span(a.id)} ${extras(a)}`),
    ...m.relations.map((r) => `relation ${r.type} ${span(r.from)} ${span(r.to)} ${extras(r)}`),
    ...m.events.map((e) => `event ${event(e.id)}`),
    ...m.equivalences.map((g) => `group ${g.type} ${g.members.map(span).join(' ')}`),
  ].sort();
}

/** A small fixed example on `eventsText`: two Proteins, a Binding of both (negated, a modifier) on a third span, and an Equiv group of the two. */
export function bindingExample(at: string): Pick<Generated, 'annotations' | 'events' | 'equivalences'> {
  const span = (id: string, start: number, label: string): Annotation => ({
    id,
    documentId: 'd1',
    start,
    end: start + 2,
    quote: eventsText.slice(start, start + 2),
    label,
    attributes: {},
    note: '',
    annotator: '',
    createdAt: at,
    updatedAt: at,
  });
  const event: TagwrightEvent = {
    id: 'e1',
    documentId: 'd1',
    type: 'Binding',
    trigger: 'a2',
    arguments: [
      { role: 'Theme', target: 'a0', targetKind: 'annotation' },
      { role: 'Theme', target: 'a1', targetKind: 'annotation' },
    ],
    attributes: { Negation: true },
    modifiers: ['Negation'],
    note: '',
    annotator: 'ana',
    createdAt: at,
    updatedAt: at,
  };
  return {
    annotations: [span('a0', 0, 'Protein'), span('a1', 3, 'Protein'), span('a2', 6, 'Binding')],
    events: [event],
    equivalences: [{ id: 'g1', documentId: 'd1', type: 'Equiv', members: ['a0', 'a1'], annotator: 'ana' }],
  };
}
