import { attributeMapSchema, setAttribute, type AttributeMap } from '../../model';
import { addDocumentAnswer, addDocumentLabels, answerKey, categoryKey } from '../corpus/document-categories';
import { corpusProblem, emptyCorpus } from '../corpus/parsed-corpus';
import type { ParsedCorpus, ParsedDocument, ParsedSpan } from '../corpus/parsed-corpus';
import { parseJsonFile, isRecord, offsetValue } from '../corpus/json-fields';
import { READING_NOTES, regionPlacer, type RegionPlacer } from './region-placer';

/**
 * Reads Label Studio JSON export (an array of tasks, or one task): the task text is `data.text`
 * (else the first string in `data`); from every annotation (not predictions) regions of type
 * `labels` become spans (`value.start`/`end` in code points, `value.text` checked; offsets the
 * editor wrote in other units are placed by `regionPlacer`, with a warning), per-region
 * `textarea` results and `meta.text` become the note, per-region `choices` attributes, results of
 * type `relation` relations (type = first label, else "related"); `choices` and `textarea` results
 * on the whole text become the document's labels and answers (metadata `category:<control>`,
 * `answer:<control>`: document-categories.ts). The annotator is `completed_by`.
 * Cancelled (skipped) annotations are reported, not imported.
 */
export function parseLabelStudioJson(fileName: string, content: string): ParsedCorpus {
  const corpus = emptyCorpus('label-studio', fileName);
  const value = parseJsonFile(corpus, content);
  if (value === undefined) return corpus;
  const tasks = Array.isArray(value) ? value : [value];
  tasks.forEach((task: unknown, t) => {
    const document = readTask(corpus, task, t);
    if (document) corpus.documents.push(document);
  });
  return corpus;
}

/** One task: its text and, from each of its annotations, spans and relations. Problems and losses go in `corpus`. */
function readTask(corpus: ParsedCorpus, task: unknown, t: number): ParsedDocument | undefined {
  const { fileName } = corpus;
  const where = `task ${isRecord(task) && task.id !== undefined ? String(task.id) : t + 1}`;
  if (!isRecord(task) || !isRecord(task.data)) {
    corpus.problems.push(corpusProblem(fileName, `${where}: a task needs a "data" object`));
    return undefined;
  }
  const data = task.data;
  const text = typeof data.text === 'string' ? data.text : Object.values(data).find((v) => typeof v === 'string');
  if (typeof text !== 'string') {
    corpus.problems.push(corpusProblem(fileName, `${where}: no text in "data"`));
    return undefined;
  }
  const document: ParsedDocument = {
    fileName,
    text,
    ...(typeof data.title === 'string' ? { title: data.title } : {}),
    spans: [],
    relations: [],
  };
  if (Array.isArray(task.predictions) && task.predictions.length > 0) {
    const message = `${where}: ${task.predictions.length} prediction(s) were not imported (only annotations are)`;
    corpus.notCarried.push(corpusProblem(fileName, message));
  }
  const annotations = Array.isArray(task.annotations)
    ? task.annotations
    : Array.isArray(task.completions)
      ? task.completions
      : [];
  const placing = regionPlacer(text);
  const answers: DocumentAnswers = new Map();
  annotations.forEach((annotation: unknown, a) =>
    readAnnotation({ corpus, document, where, placing, answers }, annotation, a),
  );
  document.metadata = documentMetadata(corpus, where, answers);
  for (const [reading, note] of Object.entries(READING_NOTES)) {
    const count = placing.counts.get(reading as keyof typeof READING_NOTES);
    if (count) corpus.notCarried.push(corpusProblem(fileName, `${where}: ${count} region(s) ${note}`));
  }
  return document;
}

/** Where a task's results go: the corpus (problems, losses), the task's document, how regions are placed. */
interface TaskReading {
  corpus: ParsedCorpus;
  document: ParsedDocument;
  /** "task 7", for messages. */
  where: string;
  placing: RegionPlacer;
  answers: DocumentAnswers;
}

/** `choices` and `textarea` results on the whole text, by control: each annotation's (annotator, values). */
type DocumentAnswers = Map<string, { type: 'choices' | 'textarea'; by: { who: string; values: string[] }[] }>;

/** What one annotation's results are read into: its regions by key, and the results that add to a region. */
interface AnnotationReading extends TaskReading {
  /** The annotation's index in the task: keys are `<a>:<region id>`, since ids repeat across annotations. */
  a: number;
  /** Annotator and times every span of the annotation gets. */
  span: Pick<ParsedSpan, 'annotator' | 'createdAt' | 'updatedAt'>;
  spans: Map<string, ParsedSpan>;
  regionExtras: Record<string, unknown>[];
}

/** One annotation: its `labels` regions become spans, `relation` results relations, textarea/choices results notes and attributes. */
function readAnnotation(task: TaskReading, annotation: unknown, a: number): void {
  if (!isRecord(annotation) || !Array.isArray(annotation.result)) {
    task.corpus.problems.push(
      corpusProblem(task.corpus.fileName, `${task.where}, annotation ${a + 1}: no "result" list`),
    );
    return;
  }
  const annotator = annotatorName(annotation.completed_by);
  if (annotation.was_cancelled === true) {
    // A skipped task ("Skip" in the editor): its results are not the annotator's answer.
    const by = annotator ? ` by ${annotator}` : '';
    const message = `${task.where}, annotation ${a + 1}: cancelled${by} (was_cancelled); its ${annotation.result.length} result(s) were not imported`;
    task.corpus.notCarried.push(corpusProblem(task.corpus.fileName, message));
    return;
  }
  const reading: AnnotationReading = {
    ...task,
    a,
    span: {
      ...(annotator ? { annotator } : {}),
      ...(typeof annotation.created_at === 'string' ? { createdAt: annotation.created_at } : {}),
      ...(typeof annotation.updated_at === 'string' ? { updatedAt: annotation.updated_at } : {}),
    },
    spans: new Map(),
    regionExtras: [],
  };
  annotation.result.forEach((result: unknown, r) => readResult(reading, result, r));
  addRegionExtras(reading);
  for (const span of reading.spans.values()) task.document.spans.push(span);
}

function readResult(reading: AnnotationReading, result: unknown, r: number): void {
  const { corpus, document, a } = reading;
  const at = `${reading.where}, annotation ${a + 1}, result ${r + 1}`;
  const problem = (message: string): void => {
    corpus.problems.push(corpusProblem(corpus.fileName, `${at}: ${message}`));
  };
  if (!isRecord(result)) return problem('not an object');
  if (result.type === 'relation') {
    if (result.from_id === undefined || result.to_id === undefined) return problem('relation without from_id/to_id');
    const labels = Array.isArray(result.labels) ? result.labels : [];
    document.relations.push({
      type: typeof labels[0] === 'string' ? labels[0] : 'related',
      from: `${a}:${String(result.from_id)}`,
      to: `${a}:${String(result.to_id)}`,
      ...(reading.span.annotator ? { annotator: reading.span.annotator } : {}),
    });
  } else if (result.type === 'labels') readLabelsRegion(reading, result, r, at);
  else if (result.type === 'textarea' || result.type === 'choices') reading.regionExtras.push(result);
  else {
    const message = `${at}: results of type "${String(result.type)}" are not carried`;
    corpus.notCarried.push(corpusProblem(corpus.fileName, message));
  }
}

/** A `labels` region: one span per label, placed by its text; our own `<id>~2` regions rejoin their span. */
function readLabelsRegion(reading: AnnotationReading, result: Record<string, unknown>, r: number, at: string): void {
  const { corpus, a, spans } = reading;
  const problem = (message: string): void => {
    corpus.problems.push(corpusProblem(corpus.fileName, `${at}: ${message}`));
  };
  const v = isRecord(result.value) ? result.value : {};
  const start = offsetValue(v.start);
  const end = offsetValue(v.end);
  const labels = Array.isArray(v.labels) ? v.labels.filter((l): l is string => typeof l === 'string') : [];
  if (start === undefined || end === undefined || labels.length === 0)
    return problem('a labels region needs integer value.start/value.end and value.labels');
  const placed = typeof v.text === 'string' ? reading.placing.place(start, end, v.text) : undefined;
  // notCarried is what the import report lists as warnings.
  if (placed?.ambiguous) {
    const message = `${at}: "${v.text as string}" fits offsets ${start}–${end} at more than one place: took ${placed.reading} (code point ${placed.fragment.start}); it also fits ${placed.ambiguous}`;
    corpus.notCarried.push(corpusProblem(corpus.fileName, message));
  }
  const fragment = placed?.fragment ?? { start, end };
  const quote = placed?.quote ?? (typeof v.text === 'string' ? v.text : undefined);
  const meta = isRecord(result.meta) ? result.meta : {};
  const note = Array.isArray(meta.text) ? meta.text.filter((x) => typeof x === 'string').join('\n') : '';
  const attributes = attributeMapSchema.safeParse(meta.attributes ?? {});
  if (!attributes.success) return problem(`meta.attributes are not valid (${attributes.error.issues[0]?.message})`);
  const id = String(result.id ?? `r${r}`);
  const base = id.replace(/~\d+$/, '');
  labels.forEach((label, l) => {
    const key = l === 0 ? `${a}:${id}` : `${a}:${id}#${l}`;
    const sibling = id !== base ? spans.get(`${a}:${base}`) : undefined;
    // Our own exports write a discontinuous span as regions `<id>`, `<id>~2`, …: join them again.
    if (sibling && sibling.label === label) {
      sibling.fragments.push(fragment);
      sibling.fragments.sort((x, y) => x.start - y.start);
      delete sibling.quote;
      return;
    }
    const shared = { ...(quote !== undefined ? { quote } : {}), attributes: attributes.data, note };
    spans.set(key, { key, label, fragments: [fragment], ...shared, ...reading.span });
  });
}

/**
 * textarea results add to their region's note, choices results set an attribute named after the
 * control; those tied to no region are about the whole text: kept for the document's metadata.
 */
function addRegionExtras({ a, spans, regionExtras, answers, span: who }: AnnotationReading): void {
  for (const extra of regionExtras) {
    const span = spans.get(`${a}:${String(extra.id)}`);
    const v = isRecord(extra.value) ? extra.value : {};
    const values = (Array.isArray(v.text) ? v.text : Array.isArray(v.choices) ? v.choices : []).map(String);
    const control = String(extra.from_name ?? (extra.type === 'textarea' ? 'text' : 'choice'));
    if (!span) {
      const type = extra.type === 'textarea' ? 'textarea' : 'choices';
      const kept = answers.get(control) ?? { type, by: [] };
      kept.by.push({ who: who.annotator ?? `annotation ${a + 1}`, values });
      answers.set(control, kept);
    } else if (extra.type === 'textarea') span.note = [span.note, ...values].filter((x) => x !== '').join('\n');
    else setAttribute(span.attributes, control, values.join(', '));
  }
}

/**
 * The document's labels (`choices`) and answers (`textarea`) on the whole text, as metadata
 * (document-categories.ts); when its annotations disagree every value is kept and a warning says who chose what.
 */
function documentMetadata(corpus: ParsedCorpus, where: string, answers: DocumentAnswers): AttributeMap {
  const metadata: AttributeMap = {};
  for (const [control, { type, by }] of answers) {
    for (const { values } of by) {
      if (type === 'choices') addDocumentLabels(metadata, categoryKey(control), values);
      else addDocumentAnswer(metadata, answerKey(control), values.join('\n'));
    }
    const different = new Set(by.map(({ values }) => JSON.stringify([...values].sort())));
    if (different.size > 1) {
      const said = by.map(({ who, values }) => `${who}: ${values.join(', ')}`).join('; ');
      const message = `${where}: the annotations differ on "${control}" (${said}): every value is kept`;
      corpus.notCarried.push(corpusProblem(corpus.fileName, message));
    }
  }
  return metadata;
}

function annotatorName(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isRecord(value)) return String(value.email ?? value.username ?? value.id ?? '');
  return undefined;
}
