import { describe, expect, it } from 'vitest';
import { detectImportFormat } from '../../../../shared/formats/detect-import-format';

describe('detectImportFormat', () => {
  it('detects formats from names and first records', () => {
    expect(detectImportFormat('x.ann', () => '')).toBe('brat');
    expect(detectImportFormat('x.jsonl', () => '{"format":"tagwright-corpus"}\n')).toBe('jsonl');
    expect(detectImportFormat('x.jsonl', () => '{"text":"a","label":[]}\n')).toBe('doccano');
    expect(detectImportFormat('x.json', () => '[{"data":{"text":"a"}}]')).toBe('label-studio');
    expect(
      detectImportFormat('x.json', () => '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationPage"}'),
    ).toBe('w3c');
    expect(detectImportFormat('x.txt', () => 'hello')).toBeNull();
  });

  it('takes a format the content names over one the file name only allows', () => {
    // A Tagwright JSONL document line without the header is still ours, not doccano's.
    expect(detectImportFormat('x.ndjson', () => '\n{"text":"a","annotations":[]}\n')).toBe('jsonl');
    expect(detectImportFormat('X.JSONL', () => 'not json')).toBe('doccano');
    expect(detectImportFormat('x.jsonld', () => '[{"type":"Annotation"}]')).toBe('w3c');
    expect(detectImportFormat('x.jsonld', () => '[{"data":{"text":"a"}}]')).toBe('label-studio');
  });

  it('gives a file that is not JSON to the parser its name suggests, which reports it', () => {
    expect(detectImportFormat('x.json', () => '{"data":')).toBe('label-studio');
    expect(detectImportFormat('x.jsonld', () => '{"@context":')).toBe('w3c');
  });

  it('reads the content only when a detector needs it, and once', () => {
    let reads = 0;
    const content = () => {
      reads++;
      return '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationPage"}';
    };
    expect(detectImportFormat('x.ann', content)).toBe('brat');
    expect(detectImportFormat('x.pdf', content)).toBeNull();
    expect(reads).toBe(0);
    expect(detectImportFormat('x.json', content)).toBe('w3c');
    expect(reads).toBe(1);
  });
});
