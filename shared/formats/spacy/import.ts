import { setAttribute, type AttributeMap } from '../../model';
import { isRecord, jsonLines, offsetValue, parseJsonFile } from '../corpus/json-fields';
import { emptyCorpus, type ParsedCorpus, type ParsedDocument } from '../corpus/parsed-corpus';

/** Token keys that carry spaCy's analyses (a Doc.to_json token), none of which Tagwright keeps. */
const TOKEN_ANALYSES = ['pos', 'tag', 'lemma', 'dep', 'morph'];

/**
 * Reads spaCy documents with character spans (code points, Python string indices), one JSON object
 * per line, or a JSON array of them: Tagwright's spaCy export and Prodigy's shape (`text`,
 * `spans: [{start, end, label}]`, `meta`) and `Doc.to_json()` (what a DocBin's docs give: `ents`,
 * span groups `spans: {key: [...]}` with `kb_id`, `cats`). `meta.title` becomes the title, other
 * scalar `meta` values metadata, `cats` metadata `cats.<label>`, a `kb_id` the span's attribute.
 * Span group names, tokens and their analyses are not carried.
 */
export function parseSpacy(fileName: string, content: string): ParsedCorpus {
  const corpus = emptyCorpus('spacy', fileName);
  if (content.trimStart().startsWith('[')) {
    const records = parseJsonFile(corpus, content);
    if (Array.isArray(records)) records.forEach((record, i) => readRecord(corpus, record, i + 1, 'item'));
    return corpus;
  }
  for (const [record, n] of jsonLines(corpus, content)) readRecord(corpus, record, n, 'line');
  return corpus;
}

function readRecord(corpus: ParsedCorpus, record: unknown, n: number, where: 'line' | 'item') {
  const { fileName } = corpus;
  const at = where === 'line' ? { line: n } : {};
  const problem = (message: string) =>
    corpus.problems.push({ fileName, ...at, message: where === 'item' ? `document ${n}: ${message}` : message });
  if (!isRecord(record) || typeof record.text !== 'string')
    return problem('each document must be a JSON object with a "text" string');
  const meta = isRecord(record.meta) ? record.meta : {};
  const document: ParsedDocument = {
    fileName,
    text: record.text,
    ...(typeof meta.title === 'string' ? { title: meta.title } : {}),
    metadata: metadataOf(meta, record.cats, (message) => corpus.notCarried.push({ fileName, ...at, message })),
    spans: [],
    relations: [],
    ...at,
  };
  const groups = Array.isArray(record.spans) ? { spans: record.spans } : isRecord(record.spans) ? record.spans : {};
  for (const [group, spans] of [['ents', record.ents] as const, ...Object.entries(groups)]) {
    if (spans === undefined) continue;
    if (!Array.isArray(spans)) {
      problem(`"${group}" must be a list of spans`);
      continue;
    }
    spans.forEach((span: unknown, i) => {
      const start = isRecord(span) ? offsetValue(span.start) : undefined;
      const end = isRecord(span) ? offsetValue(span.end) : undefined;
      if (!isRecord(span) || start === undefined || end === undefined || typeof span.label !== 'string' || !span.label)
        return problem(`${spanName(group, i + 1)} needs integer "start" and "end" and a "label"`);
      const attributes: AttributeMap = {};
      if (typeof span.kb_id === 'string' && span.kb_id !== '') setAttribute(attributes, 'kb_id', span.kb_id);
      document.spans.push({
        key: `T${document.spans.length + 1}`,
        label: span.label,
        fragments: [{ start, end }],
        attributes,
        note: '',
        ...at,
      });
    });
  }
  if (Array.isArray(record.tokens) && record.tokens.some((t) => isRecord(t) && TOKEN_ANALYSES.some((k) => t[k])))
    corpus.notCarried.push({
      fileName,
      ...at,
      message: 'token analyses (POS, tags, lemmas, dependencies) are not carried',
    });
  corpus.documents.push(document);
}

/** How a message names a span: `entity 2`, `span 2` (a list of spans), `span 2 of group "sc"`. */
function spanName(group: string, n: number): string {
  return group === 'ents' ? `entity ${n}` : group === 'spans' ? `span ${n}` : `span ${n} of group "${group}"`;
}

/** `meta`'s scalar values (but the title) and each `cats` score as `cats.<label>`. */
function metadataOf(meta: Record<string, unknown>, cats: unknown, notCarried: (message: string) => void): AttributeMap {
  const metadata: AttributeMap = {};
  for (const [key, value] of Object.entries(meta)) {
    if (key === 'title') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      setAttribute(metadata, key, value);
    else if (value !== null) notCarried(`meta "${key}" (not a string, number or boolean) is not carried`);
  }
  if (isRecord(cats)) {
    for (const [label, score] of Object.entries(cats)) {
      if (typeof score === 'number' || typeof score === 'boolean') setAttribute(metadata, `cats.${label}`, score);
    }
  }
  return metadata;
}
