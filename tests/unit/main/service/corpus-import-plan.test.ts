import { describe, expect, it } from 'vitest';
import { newProject } from '../../../../main/service/new-project';
import { parseDoccanoJsonl } from '../../../../shared/formats/doccano/import';
import { testAnnotation, testDocument } from '../../shared/formats/format-corpus';
import { at, plan } from '../../shared/formats/plan-import';

const cityText = 'Baku is a city.';

/** A project holding one document still "new", with "Baku" already labelled actor. */
function projectWithNewDocument() {
  const project = newProject('p', 'P', at);
  const city = testDocument('CITY', cityText, 'new');
  project.documents.push(city);
  project.annotations.push(testAnnotation('existing', city, 0, 4, 'actor'));
  return project;
}

/** A doccano file: first a document of its own with one span, then the project's text with `spans`. */
function doccanoFile(spans: [number, number, string][]) {
  const lines = [
    { text: 'Armenia gave maps.', label: [[0, 7, 'actor']] },
    { text: cityText, label: spans },
  ];
  return parseDoccanoJsonl('two.jsonl', lines.map((line) => JSON.stringify(line)).join('\n'));
}

describe('planCorpusImport: which existing documents it starts', () => {
  it('starts a "new" document the file adds an annotation to', () => {
    const result = plan([doccanoFile([[10, 14, 'actor']])], {}, projectWithNewDocument());
    expect(result.report.problems).toEqual([]);
    expect(result.startedDocumentIds).toEqual(['CITY']);
  });

  it('leaves a "new" document alone when all its spans were there already, whatever the file added elsewhere', () => {
    const result = plan([doccanoFile([[0, 4, 'actor']])], {}, projectWithNewDocument());
    expect(result.report.problems).toEqual([]);
    expect(result.report.files[0]).toMatchObject({ documents: 1, existingDocuments: 1, annotations: 1 });
    expect(result.report.files[0]!.duplicateAnnotations).toBe(1);
    expect(result.startedDocumentIds).toEqual([]);
  });
});

describe('planCorpusImport: a document planned again later in the import', () => {
  // The plan holds the spans of one document at a time; coming back to one indexes it again.
  const line = (text: string, label: [number, number, string][]) => JSON.stringify({ text, label });

  it('a repeated text, with another document between: its repeated span is a duplicate, a new one is added', () => {
    const file = [
      line('Armenia gave maps.', [[0, 7, 'actor']]),
      line('Baku answered.', [[0, 4, 'actor']]),
      line('Armenia gave maps.', [
        [0, 7, 'actor'],
        [13, 17, 'figure'],
      ]),
    ].join('\n');
    const result = plan([parseDoccanoJsonl('a.jsonl', file), parseDoccanoJsonl('b.jsonl', file)]);
    expect(result.report.problems).toEqual([]);
    expect(result.annotations.map((a) => `${a.label}:${a.quote}`)).toEqual([
      'actor:Armenia',
      'actor:Baku',
      'figure:maps',
    ]);
    expect(result.report.files.map((f) => f.duplicateAnnotations)).toEqual([1, 4]);
  });

  it("a project document, twice: its own and the first line's spans are duplicates the second time", () => {
    const file = [
      line(cityText, [[10, 14, 'actor']]),
      line('Other.', []),
      line(cityText, [
        [0, 4, 'actor'],
        [10, 14, 'actor'],
      ]),
    ];
    const result = plan([parseDoccanoJsonl('c.jsonl', file.join('\n'))], {}, projectWithNewDocument());
    expect(result.report.problems).toEqual([]);
    expect(result.annotations.map((a) => `${a.documentId}:${a.quote}`)).toEqual(['CITY:city']);
    expect(result.report.files[0]!.duplicateAnnotations).toBe(2);
  });
});
