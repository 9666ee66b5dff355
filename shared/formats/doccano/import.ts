import { setAttribute, type AttributeMap } from '../../model';
import { emptyCorpus, type ParsedCorpus, type ParsedDocument } from '../corpus/parsed-corpus';
import { isRecord, jsonLines, offsetValue } from '../corpus/json-fields';

/**
 * Reads doccano JSONL: sequence labelling (`label` or `labels`: `[[start, end, label], …]`) and
 * relation extraction (`entities`: `{id, start_offset, end_offset, label}`, `relations`:
 * `{from_id, to_id, type}`); offsets in code points. Scalar extra keys become document metadata
 * (nulls, which doccano's export writes for keys only other examples have, are skipped);
 * text-classification labels, doccano's `Comments` and other non-scalar keys are reported as not carried.
 */
export function parseDoccanoJsonl(fileName: string, content: string): ParsedCorpus {
  const corpus = emptyCorpus('doccano', fileName);
  const problem = (line: number, message: string) => corpus.problems.push({ fileName, line, message });
  for (const [value, n] of jsonLines(corpus, content)) {
    if (!isRecord(value) || typeof value.text !== 'string') {
      problem(n, 'each line must be a JSON object with a "text" string');
      continue;
    }
    const metadata = readMetadata(corpus, value, n);
    const document: ParsedDocument = {
      fileName,
      text: value.text,
      ...(typeof value.title === 'string' ? { title: value.title } : {}),
      metadata,
      spans: [],
      relations: [],
      line: n,
    };
    const addSpan = (key: string, label: string, start: number, end: number) =>
      document.spans.push({ key, label, fragments: [{ start, end }], attributes: {}, note: '', line: n });
    const labels = value.label ?? value.labels;
    if (Array.isArray(labels)) {
      labels.forEach((entry: unknown, i) => {
        if (typeof entry === 'string') {
          corpus.notCarried.push({
            fileName,
            line: n,
            message: `document-level label "${entry}" (text classification) is not carried`,
          });
          return;
        }
        const [start, end, label] = Array.isArray(entry) ? entry : [];
        const s = offsetValue(start);
        const e = offsetValue(end);
        if (s === undefined || e === undefined || typeof label !== 'string' || label === '') {
          problem(n, `label ${i + 1} must be [start, end, "label"] with integer offsets`);
          return;
        }
        addSpan(`#${i}`, label, s, e);
      });
    }
    if (Array.isArray(value.entities)) {
      value.entities.forEach((entity: unknown, i) => {
        const s = isRecord(entity) ? offsetValue(entity.start_offset) : undefined;
        const e = isRecord(entity) ? offsetValue(entity.end_offset) : undefined;
        if (!isRecord(entity) || s === undefined || e === undefined || typeof entity.label !== 'string') {
          problem(n, `entity ${i + 1} needs integer start_offset/end_offset and a "label"`);
          return;
        }
        addSpan(String(entity.id ?? `e${i}`), entity.label, s, e);
      });
    }
    if (Array.isArray(value.relations)) {
      value.relations.forEach((relation: unknown, i) => {
        if (
          !isRecord(relation) ||
          relation.from_id === undefined ||
          relation.to_id === undefined ||
          typeof relation.type !== 'string'
        ) {
          problem(n, `relation ${i + 1} needs from_id, to_id and a "type"`);
          return;
        }
        document.relations.push({
          type: relation.type,
          from: String(relation.from_id),
          to: String(relation.to_id),
          line: n,
        });
      });
    }
    corpus.documents.push(document);
  }
  return corpus;
}

/** Keys a doccano line uses for the document and its spans, not metadata. */
const RECORD_KEYS = new Set(['text', 'label', 'labels', 'entities', 'relations', 'title']);

/** A doccano line's extra keys as metadata; what metadata cannot hold is reported as not carried. */
function readMetadata(corpus: ParsedCorpus, value: Record<string, unknown>, line: number): AttributeMap {
  const metadata: AttributeMap = {};
  const notCarried = (message: string) => corpus.notCarried.push({ fileName: corpus.fileName, line, message });
  for (const [key, v] of Object.entries(value)) {
    if (RECORD_KEYS.has(key)) continue;
    // doccano's export (a pandas table) writes null for a metadata key only other examples have.
    if (v === null) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') setAttribute(metadata, key, v);
    // doccano exports each example's comments: strings, or {id, comment} in relation projects.
    else if (key === 'Comments' && Array.isArray(v)) {
      if (v.length > 0) notCarried(`${v.length} doccano comment(s) not carried`);
    } else notCarried(`metadata "${key}" (not a string, number or boolean) is not carried`);
  }
  return metadata;
}
