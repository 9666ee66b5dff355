import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { AnnotationTable } from '../../../main/service/annotation-table';
import { hashText } from '../../../main/service/build-documents';
import { exportCorpusToPath } from '../../../main/service/corpus-export';
import { generateProject } from '../project-store/generate-project';

const words = ['Armenia', 'gave', 'maps', 'only', '25%', 'accurate', 'über', 'déminage', '😀', '地雷', 'Baku', 'said'];

/**
 * A Tagwright JSONL file of `lines` documents, one annotation each (`lines` annotations in all):
 * short texts of accented Latin, CJK and an astral emoji, each distinct, written a line at a time.
 */
export async function writeManyDocuments(path: string, lines: number): Promise<void> {
  const out = createWriteStream(path);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const labels = ['actor', 'claim', 'figure', 'event'];
  for (let i = 0; i < lines; i++) {
    const parts = Array.from({ length: 12 }, () => words[Math.floor(random() * words.length)]!);
    const text = `${parts.join(' ')} (${i})`;
    // The first word, in code points (Tagwright JSONL's unit): none of the words starts before it.
    const end = Array.from(parts[0]!).length;
    const annotation = { id: `a${i}`, start: 0, end, label: labels[i % 4], annotator: i % 3 === 0 ? 'maria' : 'bench' };
    const line = `${JSON.stringify({ id: `d${i}`, text, annotations: [annotation] })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/**
 * The export bench's project (2,000 documents × 500 annotations) as `tagwright export --format jsonl`
 * writes it, each text ended by its document's id: the generator repeats texts (426 distinct in
 * 2,000), and an import takes a repeated text for the document it already has.
 */
export async function writeGeneratedProject(path: string, documents: number, perDocument: number): Promise<void> {
  const project = generateProject(documents, perDocument);
  for (const d of project.documents) {
    d.text = `${d.text}\n(${d.id})`;
    d.sha256 = hashText(d.text);
  }
  const table = new AnnotationTable(project.annotations);
  await exportCorpusToPath(project, table, { format: 'jsonl', documents: 'all' }, path);
}
