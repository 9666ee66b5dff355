import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { parseProjectFile } from '../../../../main/store/parse-project-file';
import {
  ANNOTATOR_MAX_LENGTH,
  ATTRIBUTE_NAME_MAX_LENGTH,
  DOCUMENT_TITLE_MAX_LENGTH,
  ID_MAX_LENGTH,
  ID_PATTERN,
  LABEL_NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
} from '../../../../shared/model';
import { useTempDirs } from '../../../support/temp-dir';

// One set of rules for a valid annotation: whatever a corpus import accepts (and saves), the
// project reader accepts at the next open, and reads back the same annotations. The corpora are
// random, through two importers, with names, notes, ids and spans on both sides of every limit.

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

const ODD_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

/** Text of `length` characters. */
const ofLength = (length: number) => fc.constant('n'.repeat(length));
/** Mostly `valid`, now and then one of `wrong`: an import with one problem refuses the whole file. */
const mostly = <T>(valid: fc.Arbitrary<T>, ...wrong: fc.Arbitrary<T>[]) =>
  fc.oneof({ arbitrary: valid, weight: 20 }, ...wrong.map((arbitrary) => ({ arbitrary, weight: 1 })));

const name = mostly(
  fc.oneof(
    fc.constantFrom(...ODD_NAMES, 'Actor', 'claim', 'PER', 'named entity', '日本'),
    fc.string({ minLength: 1, maxLength: 8 }),
    ofLength(LABEL_NAME_MAX_LENGTH),
    ofLength(ATTRIBUTE_NAME_MAX_LENGTH),
  ),
  ofLength(0),
  ofLength(LABEL_NAME_MAX_LENGTH + 1),
  ofLength(ATTRIBUTE_NAME_MAX_LENGTH + 1),
);
const attributeValue = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const note = mostly(fc.oneof(fc.string({ maxLength: 10 }), ofLength(NOTE_MAX_LENGTH)), ofLength(NOTE_MAX_LENGTH + 1));
const annotator = mostly(
  fc.oneof(fc.string({ maxLength: 6 }), ofLength(ANNOTATOR_MAX_LENGTH)),
  ofLength(ANNOTATOR_MAX_LENGTH + 1),
);
const time = fc.oneof(
  fc.constantFrom('2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00+01:00'),
  // Not timestamps: the import's own time is taken instead.
  fc.constantFrom('2026-02-30T00:00:00Z', '1 March'),
);
const spanId = fc.oneof(
  fc.stringMatching(ID_PATTERN, { maxLength: 8 }),
  ofLength(ID_MAX_LENGTH),
  // Not ids of ours: a new id is given.
  fc.constantFrom(...ODD_NAMES, 'T1', 'urn:tagwright:annotation:kept', 'has space', '#0'),
  ofLength(ID_MAX_LENGTH + 1),
);
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== '');
/** A span over a text of `length` code points: mostly inside it, now and then empty, reversed or past its end. */
const spanIn = (length: number) =>
  mostly(
    fc
      .integer({ min: 0, max: length - 1 })
      .chain((start) => fc.integer({ min: start + 1, max: length }).map((end) => ({ start, end }))),
    fc.record({ start: fc.nat(length + 3), end: fc.nat(length + 3) }),
  );
/** Indexes of the spans a relation links: mostly two of the `count` spans, now and then one past them. */
const relationEnds = (count: number) =>
  mostly(
    fc.record({ from: fc.nat(count - 1), to: fc.nat(count - 1) }),
    fc.record({ from: fc.constant(count), to: fc.nat(count) }),
  );

/** A text with spans on it, and relations between them. */
const annotatedText = <S, R>(span: fc.Arbitrary<S>, relation: fc.Arbitrary<R>) =>
  text
    .chain((t) =>
      fc.record({
        text: fc.constant(t),
        spans: fc.array(
          fc.record({ place: spanIn([...t].length) }).chain((s) => span.map((fields) => ({ ...s, ...fields }))),
          { minLength: 1, maxLength: 4 },
        ),
      }),
    )
    .chain((annotated) =>
      fc
        .array(fc.tuple(relationEnds(annotated.spans.length), relation), { maxLength: 2 })
        .map((relations) => ({ ...annotated, relations })),
    );

/** The text a span covers, in code points as both formats count. */
const quoteOf = (t: string, place: { start: number; end: number }) => [...t].slice(place.start, place.end).join('');

const jsonlDocument = fc.record({
  annotated: annotatedText(
    fc.record({
      id: fc.option(spanId, { nil: undefined }),
      label: name,
      attributes: fc.dictionary(name, attributeValue, { maxKeys: 3 }),
      note,
      annotator: fc.option(annotator, { nil: undefined }),
      createdAt: fc.option(time, { nil: undefined }),
    }),
    fc.record({ type: name, annotator: fc.option(annotator, { nil: undefined }) }),
  ),
  title: fc.option(
    mostly(
      fc.oneof(fc.string({ maxLength: 6 }), ofLength(DOCUMENT_TITLE_MAX_LENGTH)),
      ofLength(DOCUMENT_TITLE_MAX_LENGTH + 1),
    ),
    { nil: undefined },
  ),
  metadata: fc.option(fc.dictionary(name, attributeValue, { maxKeys: 2 }), { nil: undefined }),
});

/** A Tagwright JSONL file (no header: labels come from the spans) with one or two documents. */
const jsonlFile = fc.array(jsonlDocument, { minLength: 1, maxLength: 2 }).map((documents) =>
  documents
    .map(({ annotated, title, metadata }) => {
      const annotations = annotated.spans.map(({ place, ...a }) => ({
        ...a,
        ...place,
        quote: quoteOf(annotated.text, place),
      }));
      const relations = annotated.relations.map(([ends, r]) => ({
        ...r,
        from: annotations[ends.from]?.id ?? `#${ends.from}`,
        to: annotations[ends.to]?.id ?? `#${ends.to}`,
      }));
      return JSON.stringify({ text: annotated.text, title, metadata, annotations, relations });
    })
    .join('\n'),
);

/** brat lines hold no tabs or line breaks, and names no spaces. */
const bratToken = (s: string) => s.replace(/\s/g, '_');
const bratLine = (s: string) => s.replace(/[\t\r\n]/g, ' ');

const bratDocument = fc.record({
  annotated: annotatedText(fc.record({ label: name }), fc.record({ type: name })),
  attributes: fc.array(fc.record({ name, on: fc.nat(3), value: fc.option(fc.string({ maxLength: 6 })) }), {
    maxLength: 3,
  }),
  notes: fc.array(fc.record({ on: fc.nat(3), note }), { maxLength: 2 }),
});

/** A brat `.txt` and its `.ann`: T, A, # and R lines. */
const bratFiles = bratDocument.map(({ annotated, attributes, notes }) => {
  const lines = annotated.spans.map(
    ({ place, label }, i) =>
      `T${i + 1}\t${bratToken(label) || 'x'} ${place.start} ${place.end}\t${bratLine(quoteOf(annotated.text, place))}`,
  );
  attributes.forEach((a, i) =>
    lines.push(`A${i + 1}\t${bratToken(a.name) || 'x'} T${a.on + 1}${a.value ? ` ${bratToken(a.value)}` : ''}`),
  );
  notes.forEach((n, i) => lines.push(`#${i + 1}\tAnnotatorNotes T${n.on + 1}\t${bratLine(n.note)}`));
  annotated.relations.forEach(([ends, r], i) =>
    lines.push(`R${i + 1}\t${bratToken(r.type) || 'x'} Arg1:T${ends.from + 1} Arg2:T${ends.to + 1}`),
  );
  return { txt: annotated.text, ann: `${lines.join('\n')}\n` };
});

const importOptions = fc.record({
  addLabels: mostly(fc.constant(true), fc.constant(false)),
  partial: fc.boolean(),
  mapLabels: fc.option(
    fc
      .tuple(name, fc.constantFrom('actor', 'claim', 'Figure', 'new label'))
      .map(([from, to]) => Object.fromEntries([[from, to]])),
    { nil: undefined },
  ),
});

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((x, y) => (x.id < y.id ? -1 : 1));

describe('corpus import and the project reader agree', () => {
  it('whatever corpus import accepts (JSONL and brat), the reader accepts after saving, with the same annotations', async () => {
    const dir = await tempDir();
    const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 60_000 });
    const counts = { applied: 0, withAnnotations: 0, withRelations: 0, refused: 0 };
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          jsonlFile.map((content) => ({ format: 'jsonl' as const, content })),
          bratFiles.map((files) => ({ format: 'brat' as const, ...files })),
        ),
        importOptions,
        async (corpus, options) => {
          const path = join(dir, `p${++run}.tagwright`);
          await service.createProject(path, 'Agreement');
          const input = join(dir, `in${run}`);
          if (corpus.format === 'jsonl') await writeFile(`${input}.jsonl`, corpus.content);
          else await Promise.all([writeFile(`${input}.ann`, corpus.ann), writeFile(`${input}.txt`, corpus.txt)]);
          const report = await service.importCorpus([`${input}.${corpus.format === 'jsonl' ? 'jsonl' : 'ann'}`], {
            format: corpus.format,
            ...options,
          });
          if (!report.applied) {
            counts.refused++;
            expect(report.problems.length).toBeGreaterThan(0);
          } else {
            counts.applied++;
            if (report.totals.annotations > 0) counts.withAnnotations++;
            if (report.totals.relations > 0) counts.withRelations++;
          }
          const held = service.listDocuments().map((d) => service.getDocument(d.id));
          await service.flush();
          const reopened = parseProjectFile(await readFile(path, 'utf8'), path).project;
          for (const { document, annotations } of held) {
            const read = reopened.annotations.filter((a) => a.documentId === document.id);
            expect(byId(read)).toEqual(byId(annotations));
            expect(reopened.documents.find((d) => d.id === document.id)).toEqual(document);
          }
          await service.closeProject();
        },
      ),
      { numRuns: 300 },
    );
    console.log(
      `import/reader agreement: ${counts.applied} imports applied (${counts.withAnnotations} with annotations, ${counts.withRelations} with relations), ${counts.refused} refused with problems`,
    );
  }, 120_000);
});
