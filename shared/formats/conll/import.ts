import { fileLines } from '../corpus/text-lines';
import { TagRunReader, type TagRun } from '../corpus/tag-runs';
import { TextBuilder } from '../corpus/text-builder';
import { emptyCorpus, type ParsedCorpus, type ParsedDocument } from '../corpus/parsed-corpus';

/** A tag an entity column may hold: `O`, or a scheme prefix and a label (`B-PER`, `S-LOC`). */
const TAG = /^(?:O|[BIESLU]-.+)$/;

interface DocumentRuns {
  text: TextBuilder;
  /** Per tag column (column 2 onwards), its runs. */
  columns: TagRunReader[];
  line: number;
}

/**
 * Reads CoNLL-style token files: CoNLL-2003 (`token POS chunk NER`, `-DOCSTART-` lines between
 * documents), Tagwright's own export (one IOB2 column per label) and plain token–tag files (IOB1,
 * IOB2, BIOES, BILOU). Columns are split by tabs, or by spaces in a file without tabs; a blank
 * line ends a sentence. The text is rebuilt: tokens joined by one space, sentences by a line
 * break. When every column after the token holds tags, each is read (one label set per column);
 * otherwise only the last is, and the others (POS, chunks) are reported as not carried.
 */
export function parseConll(fileName: string, content: string): ParsedCorpus {
  const corpus = emptyCorpus('conll', fileName);
  const documents: DocumentRuns[] = [];
  let current: DocumentRuns | null = null;
  let width = 0;
  let tagColumns: boolean[] = [];
  let sentenceEnded = false;
  const endSentence = () => {
    current?.columns.forEach((column) => column.close());
    sentenceEnded = true;
  };
  for (const [line, n] of fileLines(content)) {
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const cells = line.includes('\t') ? line.split('\t') : line.trim().split(/ +/);
    if (cells[0] === '-DOCSTART-') {
      endSentence();
      current = null;
      continue;
    }
    if (width === 0) {
      if (cells.length < 2) {
        corpus.problems.push({
          fileName,
          line: n,
          message: 'a token line needs the token and at least one tag column',
        });
        return corpus;
      }
      width = cells.length;
      tagColumns = cells.map(() => true);
    }
    if (!current) {
      current = { text: new TextBuilder(), columns: cells.slice(1).map(() => new TagRunReader()), line: n };
      documents.push(current);
      sentenceEnded = false;
    }
    if (current.text.length > 0) current.text.append(sentenceEnded ? '\n' : ' ');
    sentenceEnded = false;
    const token = current.text.append(cells[0]!);
    if (cells.length !== width) {
      corpus.problems.push({ fileName, line: n, message: `${width} columns expected, found ${cells.length}` });
      current.columns.forEach((column) => column.close());
      continue;
    }
    for (let c = 1; c < width; c++) {
      const tag = cells[c]!;
      if (tagColumns[c] && !TAG.test(tag)) tagColumns[c] = false;
      current.columns[c - 1]!.read(tag, token, n);
    }
  }
  endSentence();
  if (width === 0) {
    corpus.problems.push({ fileName, message: 'no token lines: not a CoNLL file' });
    return corpus;
  }
  addDocuments(corpus, documents, tagColumns);
  return corpus;
}

/**
 * The documents' spans from the tag columns read: every column when all of them held only tags,
 * else the last one (the others reported); stray I-/E- tags counted in one warning.
 */
function addDocuments(corpus: ParsedCorpus, documents: DocumentRuns[], tagColumns: boolean[]) {
  const { fileName } = corpus;
  const width = tagColumns.length;
  const allTags = tagColumns.slice(1).every(Boolean);
  const read = allTags ? tagColumns.map((_, c) => c >= 1) : tagColumns.map((_, c) => c === width - 1);
  if (!allTags && width > 2)
    corpus.notCarried.push({
      fileName,
      message: `${width === 3 ? 'column 2 is' : `columns 2–${width - 1} are`} not carried (POS, chunks…): only the last column is read as entity tags`,
    });
  let strays = 0;
  let firstStray = Infinity;
  for (const doc of documents) {
    const parsed: ParsedDocument = { fileName, text: doc.text.text(), spans: [], relations: [], line: doc.line };
    doc.columns.forEach((column, i) => {
      if (!read[i + 1]) return;
      strays += column.strays;
      firstStray = Math.min(firstStray, column.firstStrayLine ?? Infinity);
      for (const run of column.runs) parsed.spans.push(spanOf(run, parsed.spans.length));
    });
    corpus.documents.push(parsed);
  }
  if (strays > 0)
    corpus.notCarried.push({
      fileName,
      ...(firstStray < Infinity ? { line: firstStray } : {}),
      message: `${strays} span(s) begin with an I- or E- tag that continues nothing (IOB1 style, or a stray tag): each starts a span`,
    });
}

function spanOf(run: TagRun, index: number) {
  return {
    key: `T${index + 1}`,
    label: run.label,
    fragments: [{ start: run.start, end: run.end }],
    attributes: {},
    note: '',
    line: run.line,
  };
}
