import { attributeMapSchema, setAttribute, type Fragment } from '../../model';
import { createOffsetConverter, type OffsetConverter } from '../../text/code-points';
import { isInsideSurrogatePair } from '../../text/surrogate-pairs';
import { emptyCorpus, type ParsedCorpus, type ParsedDocument, type ParsedSpan } from '../corpus/parsed-corpus';
import { parseJsonFile, isRecord, offsetValue } from '../corpus/json-fields';

/**
 * Reads Label Studio JSON export (an array of tasks, or one task): the task text is `data.text`
 * (else the first string in `data`); from every annotation (not predictions) regions of type
 * `labels` become spans (`value.start`/`end` in code points, `value.text` checked; offsets the
 * editor wrote in other units are placed by `regionPlacer`, with a warning), per-region
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
    const placing = regionPlacer(text);
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
        const placed = typeof v.text === 'string' ? placing.place(start, end, v.text) : undefined;
        // notCarried is what the import report lists as warnings.
        if (placed?.ambiguous) {
          corpus.notCarried.push({
            fileName,
            message: `${at}: "${v.text as string}" fits offsets ${start}–${end} at more than one place: took ${placed.reading} (code point ${placed.fragment.start}); it also fits ${placed.ambiguous}`,
          });
        }
        const fragment = placed?.fragment ?? { start, end };
        const quote = placed?.quote ?? (typeof v.text === 'string' ? v.text : undefined);
        const meta = isRecord(result.meta) ? result.meta : {};
        const note = Array.isArray(meta.text) ? meta.text.filter((x) => typeof x === 'string').join('\n') : '';
        const attributes = attributeMapSchema.safeParse(meta.attributes ?? {});
        if (!attributes.success)
          return problem(`${at}: meta.attributes are not valid (${attributes.error.issues[0]?.message})`);
        labels.forEach((label, l) => {
          const id = String(result.id ?? `r${r}`);
          const key = l === 0 ? `${a}:${id}` : `${a}:${id}#${l}`;
          const base = id.replace(/~\d+$/, '');
          const sibling = id !== base ? spans.get(`${a}:${base}`) : undefined;
          // Our own exports write a discontinuous span as regions `<id>`, `<id>~2`, …: join them again.
          if (sibling && sibling.label === label) {
            sibling.fragments.push(fragment);
            sibling.fragments.sort((x, y) => x.start - y.start);
            delete sibling.quote;
            return;
          }
          spans.set(key, {
            key,
            label,
            fragments: [fragment],
            ...(quote !== undefined ? { quote } : {}),
            attributes: attributes.data,
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
        else setAttribute(span.attributes, String(extra.from_name ?? 'choice'), values.map(String).join(', '));
      }
      document.spans.push(...spans.values());
    });
    for (const [reading, note] of Object.entries(READING_NOTES)) {
      const count = placing.counts.get(reading as keyof typeof READING_NOTES);
      if (count) corpus.notCarried.push({ fileName, message: `${where}: ${count} region(s) ${note}` });
    }
    corpus.documents.push(document);
  });
  return corpus;
}

function annotatorName(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isRecord(value)) return String(value.email ?? value.username ?? value.id ?? '');
  return undefined;
}

type Reading = 'code points' | 'UTF-16 code units' | 'Label Studio editor offsets';

const READING_NOTES: Record<Exclude<Reading, 'code points'>, string> = {
  'UTF-16 code units':
    'had offsets counted in UTF-16 code units, not code points; read them as such (value.text matches)',
  'Label Studio editor offsets':
    "had offsets as Label Studio's editor writes them after an emoji or other astral character (UTF-16 units for text before the region's text node, code points inside it); placed by value.text",
};

interface PlacedRegion {
  /** In code points of the task text. */
  fragment: Fragment;
  /** The task text the region covers (value.text may hold `\\n` for each line break). */
  quote: string;
  reading: Reading;
  /** Where else the text fits, in words. */
  ambiguous?: string;
}

/**
 * Places Label Studio regions by `value.text`. Label Studio documents code points, but its editor
 * (label-studio-frontend 1.4, tests/fixtures/formats/tool-made) sums earlier DOM text nodes in
 * UTF-16 units and counts code points only inside the node a boundary falls in, and writes each
 * line break of the selection as the two characters `\n`. So: code points if the text fits there,
 * else UTF-16 units, else the one place between the two readings where the text is; undefined when
 * nothing fits (the anchoring then reports the mismatch). Counts each reading other than code points.
 */
function regionPlacer(text: string) {
  const converter = createOffsetConverter(text);
  const counts = new Map<Exclude<Reading, 'code points'>, number>();
  const count = (reading: Exclude<Reading, 'code points'>) => counts.set(reading, (counts.get(reading) ?? 0) + 1);
  const fits = (from: number, to: number, quote: string) =>
    from < to &&
    to <= text.length &&
    !isInsideSurrogatePair(text, from) &&
    !isInsideSurrogatePair(text, to) &&
    (text.slice(from, to) === quote || editorSelectionText(text.slice(from, to)) === quote);
  const placed = (from: number, to: number, reading: Reading, ambiguous?: string): PlacedRegion => ({
    fragment: { start: converter.toCodePoint(from), end: converter.toCodePoint(to) },
    quote: text.slice(from, to),
    reading,
    ...(ambiguous ? { ambiguous } : {}),
  });
  // The text as the editor's selection reads it, made once per task, only if a region needs it.
  let haystack: string | undefined;
  return {
    counts,
    place(start: number, end: number, quote: string): PlacedRegion | undefined {
      const inCodePoints = end <= converter.codePointLength ? utf16Span(converter, start, end) : undefined;
      const cpFits = inCodePoints !== undefined && fits(inCodePoints.start, inCodePoints.end, quote);
      const unitsFit = fits(start, end, quote);
      if (cpFits) {
        const other =
          unitsFit && start !== inCodePoints.start
            ? `as UTF-16 code units (code point ${converter.toCodePoint(start)})`
            : undefined;
        return placed(inCodePoints.start, inCodePoints.end, 'code points', other);
      }
      if (unitsFit) {
        count('UTF-16 code units');
        return placed(start, end, 'UTF-16 code units');
      }
      // The editor's start lies between the code-point and the UTF-16 reading of the true place.
      const latest = converter.toUtf16(Math.min(start, converter.codePointLength));
      const needle = quote.replace(/\\n/g, '\n');
      haystack ??= text.replace(/\r/g, '\n');
      const found: number[] = [];
      for (let i = haystack.indexOf(needle, start); i !== -1 && i <= latest; i = haystack.indexOf(needle, i + 1)) {
        if (fits(i, i + needle.length, quote)) found.push(i);
      }
      if (found.length === 0) return undefined;
      count('Label Studio editor offsets');
      const at = found[0]!;
      const others =
        found.length > 1
          ? `at code point ${found
              .slice(1)
              .map((i) => converter.toCodePoint(i))
              .join(', ')}`
          : '';
      return placed(at, at + needle.length, 'Label Studio editor offsets', others);
    },
  };
}

/** The selection text Label Studio's editor stores: each CR and LF written as the two characters `\n`. */
function editorSelectionText(slice: string): string {
  return slice.replace(/[\r\n]/g, '\\n');
}

function utf16Span(converter: OffsetConverter, start: number, end: number): Fragment {
  return { start: converter.toUtf16(start), end: converter.toUtf16(end) };
}
