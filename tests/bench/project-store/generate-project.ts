import { hashText } from '../../../main/service/build-documents';
import { newProject } from '../../../main/service/new-project';
import type { Annotation, Project, TagwrightDocument } from '../../../shared/model';
import { annotationOf } from '../../support/annotation-fixture';

const words = [
  'Armenia',
  'provided',
  'maps',
  'only',
  '25%',
  'accurate',
  'mines',
  '400,000',
  'ministry',
  'said',
  'über',
  'déminage',
  '😀',
  '地雷',
];

/** A deterministic project of `documentCount` documents with `perDocument` annotations each. */
export function generateProject(documentCount: number, perDocument: number): Project {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const at = '2026-01-01T00:00:00.000Z';
  // Ids and times as the app makes them (12 random URL-safe characters; one time per annotation),
  // so the id index and the parser see realistic, distinct strings.
  const idCharacters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let idCount = 0;
  const newId = () => {
    // Two halves from a counter through a bijective integer mix: distinct, random-looking.
    const n = idCount++;
    return mixedChars(n * 2, 6) + mixedChars(n * 2 + 1, 6);
  };
  const mixedChars = (n: number, length: number) => {
    let h = Math.imul(n ^ (n >>> 16), 0x45d9f3b);
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    h = (h ^ (h >>> 16)) >>> 0;
    // All 32 bits of a bijection of n: every id distinct.
    let chars = '';
    for (let i = 0; i < length; i++) chars += idCharacters[(h >>> (i * 6)) & 63];
    return chars;
  };
  let time = Date.parse(at);
  const documents: TagwrightDocument[] = [];
  const annotations: Annotation[] = [];
  const labels = ['claim', 'figure', 'actor', 'event'];
  for (let d = 0; d < documentCount; d++) {
    const parts: string[] = [];
    for (let w = 0; w < 400; w++) parts.push(words[Math.floor(random() * words.length)]!, w % 40 === 39 ? '\n' : ' ');
    const text = parts.join('');
    const id = `d${d}`;
    documents.push({
      id,
      title: `Document ${d}`,
      text,
      sha256: hashText(text),
      source: { fileName: `${id}.txt`, encoding: 'utf-8', lineEndings: 'lf', importedAt: at },
      status: 'in-progress',
      metadata: {},
    });
    for (let a = 0; a < perDocument; a++) {
      let start = Math.floor(random() * (text.length - 40));
      if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!)) start--;
      let end = start + 1 + Math.floor(random() * 30);
      if (/[\uDC00-\uDFFF]/.test(text[end] ?? '')) end++;
      time += Math.floor(random() * 20000);
      const createdAt = new Date(time).toISOString();
      annotations.push(
        annotationOf(text, newId(), start, end, {
          documentId: id,
          label: labels[a % 4]!,
          note: a % 10 === 0 ? 'check against the ministry statement' : '',
          annotator: a % 3 === 0 ? 'maria' : 'bench',
          createdAt,
          updatedAt: a % 5 === 0 ? new Date(time + 60000).toISOString() : createdAt,
        }),
      );
    }
  }
  const project = newProject('bench', 'Bench', new Date(at), documents);
  project.annotations = annotations;
  return project;
}
