import { describe, expect, it } from 'vitest';
import { detectImportFormat } from '../../../../../shared/formats/detect-import-format';
import { exporters } from '../../../../../shared/formats/format-registry';
import { parseW3cJsonLd } from '../../../../../shared/formats/w3c/import';
import { newProject } from '../../../../../main/service/new-project';
import { exportToFiles } from '../export-files';
import { testDocument } from '../format-corpus';
import { at, exportCorpusOf, plan } from '../plan-import';
import { read, spansByDocument, spanKeys, sortedJson } from '../tool-made-import';

describe('W3C: selectors made by Apache Annotator 0.2.0 (describeTextQuote, describeTextPosition)', () => {
  const file = 'w3c-apache-annotator.jsonld';
  const texts = JSON.parse(read('w3c-apache-annotator.documents.json')) as { id: string; text: string }[];
  const project = () => {
    const p = newProject('p', 'P', at);
    p.documents.push(...texts.map(({ id, text }) => testDocument(id, text)));
    return p;
  };
  const expected = [
    [
      'actor:Zoë Hajizada',
      'claim:Armenia gave 北京 maps',
      'actor:Armenia',
      'figure:25%',
      'claim:only 25% were accurate 🎯',
    ],
    [
      'actor:👩‍👩‍👧',
      'event:met',
      'actor:🇦🇲 officials',
      'claim:𝔘𝔫𝔦 reported cafe\u0301 prices',
      'actor:cafe\u0301',
      'actor:👩‍👩‍👧',
      'event:met',
      'claim:prices.\nLater',
    ],
  ];
  type Selector = { type: string; exact?: string; start?: number; end?: number };
  const items = () => JSON.parse(read(file)).first.items as { target: { source: string; selector: Selector[] } }[];

  it('the TextPositionSelector counts code points, as the W3C model says', () => {
    for (const item of items()) {
      const text = texts.find((t) => item.target.source.endsWith(`:${t.id}`))!.text;
      const [quote, position] = item.target.selector as [Selector, Selector];
      expect(Array.from(text).slice(position.start, position.end).join('')).toBe(quote.exact);
    }
  });

  it('imports every annotation at the selected characters, without warnings', () => {
    expect(detectImportFormat(file, () => read(file))).toBe('w3c');
    const result = plan([parseW3cJsonLd(file, read(file))], {}, project());
    expect(result.report.problems).toEqual([]);
    expect(result.report.warnings).toEqual([]);
    const documents = project().documents;
    expect(spansByDocument(documents, result.annotations)).toEqual(expected);
    for (const a of result.annotations) {
      expect(a.quote).toBe(documents.find((d) => d.id === a.documentId)!.text.slice(a.start, a.end));
    }
  });

  it('places the same spans from the TextQuoteSelectors alone (exact, prefix, suffix)', () => {
    const collection = JSON.parse(read(file));
    for (const item of collection.first.items) {
      item.target.selector = item.target.selector.filter((s: Selector) => s.type === 'TextQuoteSelector');
    }
    const result = plan([parseW3cJsonLd(file, JSON.stringify(collection))], {}, project());
    expect(result.report.problems).toEqual([]);
    expect(spansByDocument(project().documents, result.annotations)).toEqual(expected);
    const byPosition = plan([parseW3cJsonLd(file, read(file))], {}, project());
    expect(result.annotations.map((a) => [a.start, a.end])).toEqual(
      byPosition.annotations.map((a) => [a.start, a.end]),
    );
  });

  it('export → import gives the same spans back; our selectors agree with the tool on position and exact', () => {
    const imported = plan([parseW3cJsonLd(file, read(file))], {}, project());
    const documents = project().documents;
    const exported = exportToFiles(exporters.w3c, exportCorpusOf({ documents, annotations: imported.annotations })).get(
      '',
    )!;
    const ours = (JSON.parse(exported).first.items as { target: { selector: Selector[] } }[]).map((item) =>
      item.target.selector.map(({ type, exact, start, end }) => ({ type, exact, start, end })),
    );
    const theirs = items().map((item) =>
      item.target.selector.map(({ type, exact, start, end }) => ({ type, exact, start, end })),
    );
    expect(sortedJson(ours)).toEqual(sortedJson(theirs));
    const again = plan([parseW3cJsonLd('again.jsonld', exported)], {}, project());
    expect(again.report.problems).toEqual([]);
    expect(again.report.warnings).toEqual([]);
    expect(spanKeys(documents, again.annotations)).toEqual(spanKeys(documents, imported.annotations));
  });
});
