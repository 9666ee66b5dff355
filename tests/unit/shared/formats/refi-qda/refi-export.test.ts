import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ExportLosses } from '../../../../../shared/formats/corpus/export-losses';
import { refiQdaExporter } from '../../../../../shared/formats/refi-qda/export';
import { handCheckedCorpus, oneDocumentCorpus, testAnnotation, testDocument } from '../format-corpus';
import { exportQdpx, qdpxFiles, validateQde } from './qdpx-files';

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
/** The attributes of every `<tag …>` in `xml`, in order. */
function elements(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, unescape(a[2]!)])),
  );
}

function unescape(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('REFI-QDA export', () => {
  const corpus = handCheckedCorpus();
  const losses = new ExportLosses();
  const qdpx = exportQdpx(corpus, losses);
  const files = qdpxFiles(qdpx);
  const qde = decode(files.get('project.qde'));

  it('writes a project.qde the REFI-QDA project schema (Project-mrt2019.xsd) accepts', () => {
    expect(() => validateQde(qde)).not.toThrow();
  });

  it('writes each document as sources/<guid>.txt in UTF-8, named by its TextSource', () => {
    const sources = elements(qde, 'TextSource');
    expect(sources.map((s) => s.name)).toEqual(['Armenia 😀 gave maps.', '=SUM(A1) is "not" a formula, Zoë.']);
    for (const [i, source] of sources.entries()) {
      expect(source.plainTextPath).toBe(`internal://${source.guid}.txt`);
      expect(decode(files.get(`sources/${source.guid}.txt`))).toBe([...corpus.documents][i]!.document.text);
    }
    expect([...files.keys()].sort()).toEqual(['project.qde', ...sources.map((s) => `sources/${s.guid}.txt`)].sort());
  });

  it('counts positions in Unicode code points: the emoji before "maps" is one character', () => {
    const selections = elements(qde, 'PlainTextSelection');
    // a5 is discontinuous: 😀 (8–10 in UTF-16, 8–9 in code points) and "maps" (16–20 → 15–19).
    const positions = selections.map((s) => [Number(s.startPosition), Number(s.endPosition)]);
    expect(positions).toEqual([
      [0, 7],
      [8, 9],
      [15, 19],
      [21, 43],
      [26, 29],
      [50, 54],
      [0, 8],
      [29, 32],
    ]);
  });

  it('writes labels as codes, annotators as users, notes as Notes, the relation as a Link', () => {
    const codes = elements(qde, 'Code');
    expect(codes.map((c) => [c.name, c.isCodable, c.color])).toEqual(
      corpus.schema.labels.map((l) => [l.name, 'true', l.colour]),
    );
    const users = elements(qde, 'User');
    expect(users.map((u) => u.name)).toEqual(['ana']);
    const selections = elements(qde, 'PlainTextSelection');
    expect(new Set(selections.map((s) => s.creatingUser))).toEqual(new Set([users[0]!.guid]));
    expect(selections[0]!.creationDateTime).toBe('2026-01-01T00:00:00.000Z');
    const codeOf = elements(qde, 'CodeRef').map((r) => codes.find((c) => c.guid === r.targetGUID)!.name);
    expect(codeOf).toEqual(['Actor', 'Event', 'Event', 'Claim', 'Figure', 'Actor', 'Claim', 'Actor']);
    expect(qde).toContain('<PlainTextContent>the state,\nnot the people</PlainTextContent>');
    expect(qde).toContain('<PlainTextContent>as reported</PlainTextContent>');
    const [link] = elements(qde, 'Link');
    expect(link).toMatchObject({ name: 'attributed to', direction: 'OneWay' });
    expect(link!.originGUID).toBe(selections[3]!.guid);
    expect(link!.targetGUID).toBe(selections[5]!.guid);
  });

  it('reports what it cannot carry: events, attribute values, the discontinuous span', () => {
    // The data-counted kinds (events, attributes, fragments) are the caller's (format-facts drops); nothing else is lost here.
    expect(losses.list()).toEqual([]);
  });

  it('writes the same bytes twice: every GUID is derived from the ids', () => {
    expect(Buffer.from(exportQdpx(handCheckedCorpus())).equals(Buffer.from(qdpx))).toBe(true);
    expect(qde).toMatch(/guid="[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"/);
  });

  it('writes project.qde a document at a time, never as one string of the whole project', () => {
    const chunks = [...refiQdaExporter.export(handCheckedCorpus(), new ExportLosses())];
    const largest = Math.max(...chunks.map((c) => c.bytes!.length));
    expect(largest).toBeLessThan(files.get('project.qde')!.length);
  });

  it('is a zip another reader opens (JSZip, as mammoth ships it), with the same files', async () => {
    const zip = await JSZip.loadAsync(qdpx, { checkCRC32: true });
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual([...files.keys()].sort());
    expect(await zip.file('project.qde')!.async('string')).toBe(qde);
  });

  it('writes characters XML cannot hold as U+FFFD and counts them, and the result is still valid', () => {
    const doc = testDocument('d', 'Bell \u0007 here');
    const a = testAnnotation('a', doc, 0, 4, 'actor', { note: 'ring \u0007' });
    const counted = new ExportLosses();
    const out = decode(qdpxFiles(exportQdpx(oneDocumentCorpus(doc, [a]), counted)).get('project.qde'));
    expect(out).toContain('<PlainTextContent>ring \ufffd</PlainTextContent>');
    // The note and the document's title (its first line).
    expect(counted.list()).toEqual([{ kind: 'non-xml-characters', count: 2 }]);
    expect(() => validateQde(out)).not.toThrow();
  });
});

describe('the committed REFI-QDA exports', () => {
  for (const path of [
    '../../../../fixtures/formats/expected/refi-qda.qdpx',
    '../../../../../docs/examples/sample.refi-qda.qdpx',
  ]) {
    it(`${path.split('/').pop()} holds a project.qde the schema accepts`, () => {
      const files = qdpxFiles(readFileSync(new URL(path, import.meta.url)));
      expect(() => validateQde(files.get('project.qde')!)).not.toThrow();
    });
  }
});
