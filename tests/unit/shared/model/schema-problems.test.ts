import { describe, expect, it } from 'vitest';
import { defaultAnnotationSchema, schemaProblems, type SchemaUsage } from '../../../../shared/model';

const unused: SchemaUsage = {
  labels: new Map(),
  relationTypes: new Map(),
  eventTypes: new Map(),
  equivalenceTypes: new Map(),
};

describe('schemaProblems', () => {
  it('finds nothing wrong with the default schema, or with renaming a label', () => {
    const old = defaultAnnotationSchema();
    const next = defaultAnnotationSchema();
    next.labels[0]!.name = 'Statement';
    expect(schemaProblems(old, next, unused)).toEqual([]);
  });

  it('says a key two labels share at both labels’ keys', () => {
    const next = defaultAnnotationSchema();
    next.labels[3]!.hotkeys = ['4', 'C'];
    const message = 'The key "C" is taken by both Claim and Event.';
    expect(schemaProblems(defaultAnnotationSchema(), next, unused)).toEqual([
      { path: 'labels[0].hotkeys', message },
      { path: 'labels[3].hotkeys', message },
    ]);
  });

  it('refuses duplicate ids and names (whatever their case), a key twice, and choices empty or repeated', () => {
    const next = defaultAnnotationSchema();
    next.labels.push({ ...next.labels[1]!, id: 'claim', name: 'Number', hotkeys: [] });
    next.labels[2]!.name = ' claim ';
    next.labels[3]!.hotkeys = ['4', '4'];
    next.labels[0]!.attributes = [
      { name: 'stance', type: 'choice', choices: [] },
      { name: 'stance', type: 'choice', choices: ['a', 'a'] },
    ];
    expect(schemaProblems(defaultAnnotationSchema(), next, unused)).toEqual([
      { path: 'labels[2].name', message: 'Two labels are called " claim ".' },
      { path: 'labels[4].id', message: 'Two labels have the id "claim".' },
      { path: 'labels[3].hotkeys', message: 'Event has the key "4" twice.' },
      { path: 'labels[0].attributes[0].choices', message: 'The choice "stance" needs choices.' },
      { path: 'labels[0].attributes[1].name', message: 'Two attributes are called "stance".' },
      { path: 'labels[0].attributes[1].choices', message: 'The choice "stance" lists a choice twice.' },
    ]);
  });

  it('refuses a role naming an event type that does not exist, and an event type taken away in use', () => {
    const old = defaultAnnotationSchema();
    const next = defaultAnnotationSchema();
    next.eventTypes[0]!.roles[3]!.targetEventTypes = ['meeting'];
    expect(schemaProblems(old, next, unused)).toEqual([
      { path: 'eventTypes[0].roles[3].targetEventTypes', message: 'There is no event type "meeting".' },
    ]);
    const used = { ...unused, eventTypes: new Map([['event', 3]]) };
    expect(schemaProblems(old, { ...old, eventTypes: [] }, used)).toEqual([
      { path: 'eventTypes', message: '"Event" is used by 3 events: it cannot be taken away.' },
    ]);
  });
});

describe('schemaProblems: attribute definitions', () => {
  it('refuses a default that does not fit, several values for what is not a choice, and a document attribute without choices', () => {
    const next = defaultAnnotationSchema();
    const figure = next.labels.find((l) => l.id === 'figure')!;
    figure.attributes = [
      { name: 'unit', type: 'string', default: 3 },
      { name: 'when', type: 'date', default: '2024-02-30' },
      { name: 'count', type: 'number', multiple: true },
      { name: 'kind', type: 'choice', choices: ['count', 'money'], multiple: true, default: ['money'] },
    ];
    next.documentAttributes = [{ name: 'section', type: 'choice', choices: [] }];
    const at = next.labels.indexOf(figure);
    expect(schemaProblems(defaultAnnotationSchema(), next, unused)).toEqual([
      { path: `labels[${at}].attributes[0].default`, message: 'The default does not fit: "unit" takes text.' },
      {
        path: `labels[${at}].attributes[1].default`,
        message: 'The default does not fit: "when" takes a date as yyyy-mm-dd.',
      },
      { path: `labels[${at}].attributes[2].multiple`, message: 'Only a choice takes several values.' },
      { path: 'documentAttributes[0].choices', message: 'The choice "section" needs choices.' },
    ]);
  });
});
