import { describe, expect, it } from 'vitest';
import { parseW3cJsonLd } from '../../../../../shared/formats/w3c/import';
import { newProject } from '../../../../../main/service/new-project';
import { testDocument } from '../format-corpus';
import { read } from '../hand-written-fixture';
import { at, plan } from '../plan-import';

const text = 'Hajizada said Armenia gave maps.';
/** A project holding the document the W3C files annotate, DOC. */
const project = () => {
  const p = newProject('p', 'P', at);
  p.documents.push(testDocument('DOC', text));
  return p;
};

describe('W3C Web Annotation (hand-written following the W3C model)', () => {
  it('annotates the document its source names, with label, note, creator and time', () => {
    const result = plan([parseW3cJsonLd('anno.jsonld', read('w3c/anno-page.jsonld'))], {}, project());
    expect(result.report.problems).toEqual([]);
    expect(result.annotations).toEqual([
      expect.objectContaining({
        documentId: 'DOC',
        start: 0,
        end: 8,
        label: 'actor',
        note: 'the ministry spokesperson',
        annotator: 'ana',
        createdAt: '2024-01-02T03:04:05Z',
      }),
    ]);
  });

  it('re-anchors by quote and context when the positions are off', () => {
    const page = JSON.parse(read('w3c/anno-page.jsonld'));
    page.items[0].target.selector[0] = { type: 'TextPositionSelector', start: 3, end: 11 };
    const result = plan([parseW3cJsonLd('anno.jsonld', JSON.stringify(page))], {}, project());
    expect(result.annotations[0]).toMatchObject({ start: 0, end: 8, quote: 'Hajizada' });
    expect(result.report.warnings[0]!.message).toMatch(/re-anchored at 0/);
  });

  it('places a quote-only target by its quote and context', () => {
    const page = JSON.parse(read('w3c/anno-page.jsonld'));
    page.items[0].target.selector = [{ type: 'TextQuoteSelector', exact: 'Armenia', prefix: 'said ', suffix: ' gave' }];
    const result = plan([parseW3cJsonLd('anno.jsonld', JSON.stringify(page))], {}, project());
    expect(result.report.problems).toEqual([]);
    expect(result.annotations[0]).toMatchObject({ start: 14, end: 21, quote: 'Armenia' });
  });

  it('reports annotations of a document the project does not hold', () => {
    const result = plan([parseW3cJsonLd('anno.jsonld', read('w3c/anno-page.jsonld'))]);
    expect(result.report.applied).toBe(false);
    expect(result.report.problems[0]!.message).toMatch(/target document "DOC", which is not in this project/);
  });
});

describe('W3C collection forms other tools write', () => {
  /** An annotation of `exact` in DOC (positions and quote) with these bodies. */
  const annotation = (id: string, exact: string, body: unknown, extra: object = {}) => {
    const start = text.indexOf(exact);
    return {
      id,
      type: 'Annotation',
      body,
      target: {
        source: 'urn:tagwright:document:DOC',
        selector: [
          { type: 'TextQuoteSelector', exact },
          { type: 'TextPositionSelector', start, end: start + exact.length },
        ],
      },
      ...extra,
    };
  };
  const tag = (value: string) => ({ type: 'TextualBody', purpose: 'tagging', value });
  const importing = (value: unknown) => plan([parseW3cJsonLd('anno.jsonld', JSON.stringify(value))], {}, project());
  const spans = (result: ReturnType<typeof importing>) => result.annotations.map((a) => `${a.label}:${a.quote}`);

  it('follows `next` through the pages of a collection, embedded or named by an IRI in the same file', () => {
    const page3 = { id: 'http://ex.org/p3', type: 'AnnotationPage', items: [annotation('a3', 'maps', tag('event'))] };
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 3,
      first: {
        type: 'AnnotationPage',
        items: [annotation('a1', 'Hajizada', tag('actor'))],
        next: { type: 'AnnotationPage', items: [annotation('a2', 'Armenia', tag('actor'))], next: 'http://ex.org/p3' },
      },
    };
    const result = importing([collection, page3]);
    expect(result.report.problems).toEqual([]);
    expect(result.report.warnings).toEqual([]);
    expect(spans(result)).toEqual(['actor:Hajizada', 'actor:Armenia', 'event:maps']);
  });

  it('says which page is not in the file when `next` names one elsewhere, and reads the pages it has', () => {
    const page = {
      type: 'AnnotationPage',
      items: [annotation('a1', 'Hajizada', tag('actor'))],
      next: 'http://ex.org/page2',
    };
    const result = importing(page);
    expect(spans(result)).toEqual(['actor:Hajizada']);
    expect(result.report.warnings.map((w) => w.message)).toEqual([
      "the annotations continue on page http://ex.org/page2, which is not in this file: import that page's file too (each file is read on its own)",
    ]);
  });

  it('makes each tag body a label of its own on the same characters, sharing the note; a link starts at the first', () => {
    const page = {
      type: 'AnnotationPage',
      items: [
        annotation('a1', 'Armenia', [tag('actor'), tag('place'), { type: 'TextualBody', value: 'two tags' }]),
        annotation('a2', 'Hajizada', tag('actor')),
        {
          type: 'Annotation',
          motivation: 'linking',
          body: [tag('attributed-to'), { type: 'SpecificResource', purpose: 'linking', source: 'a2' }],
          target: 'a1',
        },
      ],
    };
    const result = plan([parseW3cJsonLd('anno.jsonld', JSON.stringify(page))], { addLabels: true }, project());
    expect(result.report.problems).toEqual([]);
    expect(result.annotations.map((a) => `${a.label}:${a.quote}:${a.note}`)).toEqual([
      'actor:Armenia:two tags',
      'place:Armenia:two tags',
      'actor:Hajizada:',
    ]);
    expect(result.relations.map((r) => [r.from, r.to])).toEqual([
      [result.annotations[0]!.id, result.annotations[2]!.id],
    ]);
  });

  it('RecogitoJS style: a body with no purpose is a comment (the note); a comment with no tag is reported, not imported', () => {
    const page = [
      annotation('a1', 'Armenia', [{ type: 'TextualBody', value: 'This is a comment.' }, tag('actor')]),
      annotation('a2', 'maps', [{ type: 'TextualBody', value: 'Only a comment.' }]),
    ];
    const result = importing(page);
    expect(result.report.problems).toEqual([]);
    expect(result.annotations.map((a) => `${a.label}:${a.quote}:${a.note}`)).toEqual([
      'actor:Armenia:This is a comment.',
    ]);
    expect(result.report.warnings.map((w) => w.message)).toEqual([
      'annotation 2: a comment with no tag ("Only a comment.") is not carried: Tagwright\'s annotations need a label',
    ]);
  });

  it("an identifying body naming an entry (as our export writes a normalization) is the span's normalization", () => {
    const item = annotation('a1', 'Armenia', [
      tag('actor'),
      { type: 'TextualBody', purpose: 'identifying', value: 'Wikidata:Q399' },
    ]);
    const result = importing([item]);
    expect(result.report.problems).toEqual([]);
    expect(result.annotations.map((a) => [a.attributes, a.normalizations])).toEqual([
      [{}, [{ resource: 'Wikidata', entry: 'Q399', text: '' }]],
    ]);
  });

  it('Recogito style: the classifying body is a label, an identifying link an attribute, a motivation gives a bare body its purpose', () => {
    const place = annotation('a1', 'Armenia', [
      { type: 'TextualBody', purpose: 'classifying', value: 'place' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'http://sws.geonames.org/174982' },
    ]);
    const person = annotation('a2', 'Hajizada', { type: 'TextualBody', value: 'actor' }, { motivation: 'tagging' });
    const result = plan(
      [parseW3cJsonLd('anno.jsonld', JSON.stringify([place, person]))],
      { addLabels: true },
      project(),
    );
    expect(result.report.problems).toEqual([]);
    expect(result.annotations.map((a) => [a.label, a.quote, a.attributes])).toEqual([
      ['place', 'Armenia', { identifying: 'http://sws.geonames.org/174982' }],
      ['actor', 'Hajizada', {}],
    ]);
  });
});
