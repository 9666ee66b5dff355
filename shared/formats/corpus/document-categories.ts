import { ownAttribute, setAttribute, type AttributeMap } from '../../model';

/**
 * Document-level labels and answers (doccano text classification, Label Studio `choices` and
 * `textarea` results on the whole text) live in a document's metadata, so that nothing new is
 * needed in the project file: the labels of a set named N under `category:N` (doccano's one
 * unnamed set, and a Label Studio control named "category", under `category`), the free-text
 * answers of a control N under `answer:N`; several values one per line (a label never holds a line
 * break). Exporters that can carry them read them back here (doccano `cats`, Label Studio results).
 */
const CATEGORY = 'category';
const ANSWER = 'answer';

/** The metadata key of a set of document labels: `category` for the unnamed set (or one called so), else `category:<name>`. */
export function categoryKey(name: string): string {
  return name === CATEGORY ? CATEGORY : `${CATEGORY}:${name}`;
}

/** The metadata key of a control's free-text answers about the whole document. */
export function answerKey(name: string): string {
  return `${ANSWER}:${name}`;
}

/** Adds labels to the set under `key`, each once, one per line. */
export function addDocumentLabels(metadata: AttributeMap, key: string, values: readonly string[]): void {
  const before = ownAttribute(metadata, key);
  const all = typeof before === 'string' && before !== '' ? before.split('\n') : [];
  for (const value of values) if (!all.includes(value)) all.push(value);
  if (all.length > 0) setAttribute(metadata, key, all.join('\n'));
}

/** Adds a free-text answer under `key`, after any other answer there (a second annotator's, say). */
export function addDocumentAnswer(metadata: AttributeMap, key: string, text: string): void {
  const before = ownAttribute(metadata, key);
  if (text === '' || before === text) return;
  setAttribute(metadata, key, typeof before === 'string' && before !== '' ? `${before}\n${text}` : text);
}

/** A document's sets of labels or answers, by the name of the set, in metadata order. */
export interface DocumentValues {
  name: string;
  values: string[];
}

/** The sets of document labels a document's metadata holds. */
export function documentCategories(metadata: AttributeMap): DocumentValues[] {
  return valuesUnder(metadata, CATEGORY, true);
}

/** The free-text answers about the whole document a document's metadata holds (one text each: an answer may hold line breaks). */
export function documentAnswers(metadata: AttributeMap): DocumentValues[] {
  return valuesUnder(metadata, ANSWER, false);
}

/** Metadata entries under `prefix:` (and `prefix` itself for the unnamed set of labels). */
function valuesUnder(metadata: AttributeMap, prefix: string, labels: boolean): DocumentValues[] {
  const sets: DocumentValues[] = [];
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value !== 'string' || value === '') continue;
    const name = key === prefix && labels ? prefix : key.startsWith(`${prefix}:`) ? key.slice(prefix.length + 1) : '';
    if (name) sets.push({ name, values: labels ? value.split('\n') : [value] });
  }
  return sets;
}
