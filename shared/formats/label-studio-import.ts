import { attributeMapSchema } from '../model';
import {
  emptyCorpus,
  parseJsonFile,
  isRecord,
  offsetValue,
  type ParsedCorpus,
  type ParsedDocument,
  type ParsedSpan,
} from './parsed-corpus';

/**
 * Reads Label Studio JSON export (an array of tasks, or one task): the task text is `data.text`
 * (else the first string in `data`); from every annotation (not predictions) regions of type
 * `labels` become spans (`value.start`/`end` in code points, `value.text` checked), per-region
 * `textarea` results and `meta.text` become the note, per-region `choices` attributes, results of
 * type `relation` relations (type = first label, else "related"). The annotator is `completed_by`.
 */
export function parseLabelStudioJson(fileName: string, content: string): ParsedCorpus {
  const corpus = emptyCorpus('label-studio', fileName);
  const problem = (message: string) => corpus.problems.push({ fileName, message });
  const value = parseJsonFile(corpus, content);
  if (value === undefined) return corpus;
  const tasks = Array.isArray(value) ? value : [value];
  tasks.forEach((task: unknown, t) => {
    const where = `task ${isRecord(task) && task.id !== undefined ? String(task.id) : t + 1}`;
    if (!isRecord(task) || !isRecord(task.data)) {
      problem(`${where}: a task needs a "data" object`);
      return;
    }
    const data = task.data;
    const text = typeof data.text === 'string' ? data.text : Object.values(data).find((v) => typeof v === 'string');
    if (typeof text !== 'string') {
      problem(`${where}: no text in "data"`);
      return;
    }
    const document: ParsedDocument = {
      fileName,
      text,
      ...(typeof data.title === 'string' ? { title: data.title } : {}),
      spans: [],
      relations: [],
    };
    if (Array.isArray(task.predictions) && task.predictions.length > 0) {
      corpus.notCarried.push({
        fileName,
        message: `${where}: ${task.predictions.length} prediction(s) were not imported (only annotations are)`,
      });
    }
    const annotations = Array.isArray(task.annotations)
      ? task.annotations
      : Array.isArray(task.completions)
        ? task.completions
        : [];
    annotations.forEach((annotation: unknown, a) => {
      if (!isRecord(annotation) || !Array.isArray(annotation.result)) {
        problem(`${where}, annotation ${a + 1}: no "result" list`);
        return;
      }
      if (annotation.was_cancelled === true) return;
      const annotator = annotatorName(annotation.completed_by);
      const spans = new Map<string, ParsedSpan>();
      const regionExtras: Record<string, unknown>[] = [];
      annotation.result.forEach((result: unknown, r) => {
        const at = `${where}, annotation ${a + 1}, result ${r + 1}`;
        if (!isRecord(result)) return problem(`${at}: not an object`);
        if (result.type === 'relation') {
          if (result.from_id === undefined || result.to_id === undefined)
            return problem(`${at}: relation without from_id/to_id`);
          const labels = Array.isArray(result.labels) ? result.labels : [];
          document.relations.push({
            type: typeof labels[0] === 'string' ? labels[0] : 'related',
            from: `${a}:${String(result.from_id)}`,
            to: `${a}:${String(result.to_id)}`,
            ...(annotator ? { annotator } : {}),
          });
          return;
        }
        if (result.type !== 'labels') {
          if (result.type === 'textarea' || result.type === 'choices') regionExtras.push(result);
          else
            corpus.notCarried.push({
              fileName,
              message: `${at}: results of type "${String(result.type)}" are not carried`,
            });
          return;
        }
        const v = isRecord(result.value) ? result.value : {};
        const start = offsetValue(v.start);
        const end = offsetValue(v.end);
        const labels = Array.isArray(v.labels) ? v.labels.filter((l): l is string => typeof l === 'string') : [];
        if (start === undefined || end === undefined || labels.length === 0) {
          return problem(`${at}: a labels region needs integer value.start/value.end and value.labels`);
        }
        const meta = isRecord(result.meta) ? result.meta : {};
        const note = Array.isArray(meta.text) ? meta.text.filter((x) => typeof x === 'string').join('\n') : '';
        const attributes = attributeMapSchema.safeParse(meta.attributes ?? {});
        labels.forEach((label, l) => {
          const id = String(result.id ?? `r${r}`);
          const key = l === 0 ? `${a}:${id}` : `${a}:${id}#${l}`;
          const base = id.replace(/~\d+$/, '');
          const sibling = id !== base ? spans.get(`${a}:${base}`) : undefined;
          // Our own exports write a discontinuous span as regions `<id>`, `<id>~2`, …: join them again.
          if (sibling && sibling.label === label) {
            sibling.fragments.push({ start, end });
            sibling.fragments.sort((x, y) => x.start - y.start);
            delete sibling.quote;
            return;
          }
          spans.set(key, {
            key,
            label,
            fragments: [{ start, end }],
            ...(typeof v.text === 'string' ? { quote: v.text } : {}),
            attributes: attributes.success ? attributes.data : {},
            note,
            ...(annotator ? { annotator } : {}),
            ...(typeof annotation.created_at === 'string' ? { createdAt: annotation.created_at } : {}),
            ...(typeof annotation.updated_at === 'string' ? { updatedAt: annotation.updated_at } : {}),
          });
        });
      });
      for (const extra of regionExtras) {
        const span = spans.get(`${a}:${String(extra.id)}`);
        const v = isRecord(extra.value) ? extra.value : {};
        const values = Array.isArray(v.text) ? v.text : Array.isArray(v.choices) ? v.choices : [];
        if (!span) {
          corpus.notCarried.push({
            fileName,
            message: `${where}: a "${String(extra.type)}" result not tied to a region is not carried`,
          });
          continue;
        }
        if (extra.type === 'textarea')
          span.note = [span.note, ...values.map(String)].filter((x) => x !== '').join('\n');
        else span.attributes[String(extra.from_name ?? 'choice')] = values.map(String).join(', ');
      }
      document.spans.push(...spans.values());
    });
    corpus.documents.push(document);
  });
  return corpus;
}

function annotatorName(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isRecord(value)) return String(value.email ?? value.username ?? value.id ?? '');
  return undefined;
}
