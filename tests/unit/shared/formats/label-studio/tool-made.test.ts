import { describe, expect, it } from 'vitest';
import { detectImportFormat } from '../../../../../shared/formats/detect-import-format';
import { exporters } from '../../../../../shared/formats/format-registry';
import { parseLabelStudioJson } from '../../../../../shared/formats/label-studio/import';
import { exportToFiles } from '../export-files';
import { exportCorpusOf, plan, relationQuotes } from '../plan-import';
import { read, spansByDocument, spanKeys } from '../tool-made-import';

describe('Label Studio: regions made in the real Label Studio editor (label-studio-frontend 1.4.0)', () => {
  const file = 'label-studio-tasks.json';
  const tasks = JSON.parse(read(file)) as {
    data: { text: string };
    annotations: { result: { type: string; value: { start: number; end: number; text: string } }[] }[];
  }[];
  const regionsOf = (task: (typeof tasks)[number]) => task.annotations[0]!.result.filter((r) => r.type === 'labels');

  it('the editor wrote offsets that are neither code points nor UTF-16 units throughout', () => {
    const readings = tasks.flatMap((task) => {
      const text = task.data.text;
      const points = Array.from(text);
      const editorText = (s: string) => s.replace(/[\r\n]/g, '\\n');
      return regionsOf(task).map(({ value: v }) => {
        const cp = editorText(points.slice(v.start, v.end).join('')) === v.text;
        const units = editorText(text.slice(v.start, v.end)) === v.text;
        return cp && units ? 'both' : cp ? 'code points' : units ? 'UTF-16' : 'neither';
      });
    });
    expect(readings).toEqual([
      ...['both', 'code points', 'UTF-16', 'UTF-16', 'UTF-16', 'neither'],
      ...['code points', 'neither', 'UTF-16', 'neither', 'UTF-16', 'UTF-16'],
      ...['both', 'both', 'both', 'code points', 'UTF-16'],
    ]);
    // A selection over a line break: the editor writes each CR and LF as the two characters "\n".
    expect(regionsOf(tasks[2]!)[2]!.value.text).toBe('maps.\\n\\nOnly 25% were accurate');
  });

  it('imports every region at the characters the user selected, saying how the offsets were read', () => {
    expect(detectImportFormat(file, () => read(file))).toBe('label-studio');
    const parsed = parseLabelStudioJson(file, read(file));
    expect(parsed.problems).toEqual([]);
    const result = plan([parsed]);
    expect(result.report.problems).toEqual([]);
    expect(result.documents.map((d) => d.text)).toEqual([
      tasks[0]!.data.text,
      tasks[1]!.data.text,
      'Armenia gave maps.\nOnly 25% were accurate 😀, Baku said.\nThe talks resumed.',
    ]);
    expect(spansByDocument(result.documents, result.annotations)).toEqual([
      [
        'actor:Zoë Hajizada',
        'claim:Armenia gave 北京 maps',
        'actor:Armenia',
        'event:gave',
        'figure:25%',
        'claim:only 25% were accurate 🎯',
      ],
      [
        'actor:👩‍👩‍👧',
        'actor:🇦🇲 officials',
        'event:met',
        'claim:𝔘𝔫𝔦 reported cafe\u0301 prices',
        'actor:cafe\u0301',
        'actor:Zürich',
      ],
      ['actor:Armenia', 'figure:25%', 'claim:maps.\nOnly 25% were accurate', 'actor:Baku', 'event:talks resumed'],
    ]);
    for (const a of result.annotations) {
      const text = result.documents.find((d) => d.id === a.documentId)!.text;
      expect(a.quote).toBe(text.slice(a.start, a.end));
      expect(a.annotator).toBe('ana@example.org');
    }
    // Relations drawn in the editor (Alt+R between two regions, typed in the side panel).
    expect(relationQuotes(result)).toEqual([
      'attributed-to:only 25% were accurate 🎯>Zoë Hajizada',
      'attributed-to:maps.\nOnly 25% were accurate>Baku',
    ]);
    expect(result.report.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^task 1: 3 region\(s\) had offsets counted in UTF-16 code units/),
      expect.stringMatching(/^task 1: 1 region\(s\) had offsets as Label Studio's editor writes them/),
      expect.stringMatching(/^task 2: 3 region\(s\) had offsets counted in UTF-16 code units/),
      expect.stringMatching(/^task 2: 2 region\(s\) had offsets as Label Studio's editor writes them/),
      expect.stringMatching(/^task 3: 1 region\(s\) had offsets counted in UTF-16 code units/),
    ]);
  });

  it('export → import gives the same spans back, with code-point offsets and no warnings', () => {
    const first = plan([parseLabelStudioJson(file, read(file))]);
    const exported = exportToFiles(exporters['label-studio'], exportCorpusOf(first)).get('')!;
    for (const task of JSON.parse(exported)) {
      const points = Array.from(task.data.text as string);
      for (const { value } of regionsOf(task)) {
        expect(points.slice(value.start, value.end).join('')).toBe(value.text);
      }
    }
    const second = plan([parseLabelStudioJson('again.json', exported)]);
    expect(second.report.problems).toEqual([]);
    expect(second.report.warnings).toEqual([]);
    expect(second.documents.map((d) => d.text)).toEqual(first.documents.map((d) => d.text));
    expect(spanKeys(second.documents, second.annotations)).toEqual(spanKeys(first.documents, first.annotations));
    expect(relationQuotes(second)).toEqual(relationQuotes(first));
  });

  describe('reading rules, on made-up regions', () => {
    const task = (text: string, start: number, end: number, quote: string) =>
      JSON.stringify([
        {
          data: { text },
          annotations: [
            { result: [{ id: 'r', type: 'labels', value: { start, end, text: quote, labels: ['actor'] } }] },
          ],
        },
      ]);

    it('prefers code points when both readings fit, and says the other one fit too', () => {
      // "😀xxx": code point 2 is the second x, UTF-16 unit 2 the first.
      const result = plan([parseLabelStudioJson('ls.json', task('😀xxx', 2, 3, 'x'))]);
      expect(result.annotations.map((a) => [a.start, a.end])).toEqual([[3, 4]]);
      expect(result.report.warnings.map((w) => w.message)).toEqual([
        'task 1, annotation 1, result 1: "x" fits offsets 2–3 at more than one place: took code points (code point 2); it also fits as UTF-16 code units (code point 1)',
      ]);
    });

    it('reports when the text is at more than one place between the two readings', () => {
      // Five emoji, then "ab" at code points 6 and 9 (UTF-16 11 and 14); 10 fits neither reading.
      const result = plan([parseLabelStudioJson('ls.json', task('😀😀😀😀😀 ab ab', 10, 12, 'ab'))]);
      expect(result.annotations.map((a) => [a.start, a.end])).toEqual([[11, 13]]);
      expect(result.report.warnings.map((w) => w.message)).toEqual([
        'task 1, annotation 1, result 1: "ab" fits offsets 10–12 at more than one place: took Label Studio editor offsets (code point 6); it also fits at code point 9',
        expect.stringMatching(/^task 1: 1 region\(s\) had offsets as Label Studio's editor writes them/),
      ]);
    });
  });
});
