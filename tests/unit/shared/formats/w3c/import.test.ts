import { describe, expect, it } from 'vitest';
import { parseW3cJsonLd } from '../../../../../shared/formats/w3c/import';
import { newProject } from '../../../../../main/service/new-project';
import { testDocument } from '../format-corpus';
import { read } from '../hand-written-fixture';
import { at, plan } from '../plan-import';

describe('W3C Web Annotation (hand-written following the W3C model)', () => {
  const text = 'Hajizada said Armenia gave maps.';
  const project = () => {
    const p = newProject('p', 'P', at);
    p.documents.push(testDocument('DOC', text));
    return p;
  };

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
