import { readFileSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { parseProjectFile } from '../../../../main/store/parse-project-file';
import { parseCorpusFile } from '../../../../shared/formats/parse-corpus-file';
import type { ImportFormat } from '../../../../shared/formats/format-registry';
import { useTempDirs } from '../../../support/temp-dir';

// Fuzz of the corpus importers (shared/formats, written by the formats engineer): real fixture
// files, damaged at random, imported into a project. Whatever comes in, the import reports
// problems or applies, and the project that results is always one the loader accepts.

const tempDir = useTempDirs();
const fixtures = resolve(import.meta.dirname, '../../../fixtures/formats');
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

const SOURCES: { format: ImportFormat; file: string; txt?: string }[] = [
  { format: 'jsonl', file: 'expected/jsonl.jsonl' },
  { format: 'doccano', file: 'doccano/ner.jsonl' },
  { format: 'doccano', file: 'doccano/relations.jsonl' },
  { format: 'brat', file: 'brat/news-crlf.ann', txt: 'brat/news-crlf.txt' },
  { format: 'label-studio', file: 'label-studio/export.json' },
  { format: 'w3c', file: 'w3c/anno-page.jsonld' },
  { format: 'spacy', file: 'tool-made/spacy/docbin-docs.jsonl' },
  { format: 'conll', file: 'tool-made/conll/nltk-conll2003.conll' },
  { format: 'conll', file: 'tool-made/conll/spacy-biluo.iob' },
  { format: 'conllu', file: 'tool-made/conllu/ner.conllu' },
  { format: 'conllu', file: 'tool-made/conllu/coref.conllu' },
  { format: 'webanno-tsv', file: 'webanno-tsv/inception-style.tsv' },
];

/** Ways a file gets damaged: cut short, numbers replaced (offsets out of range), bytes spliced in. */
const damage = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('numbers' as const),
    values: fc.array(fc.oneof(fc.integer({ min: -10, max: 10 }), fc.integer(), fc.constantFrom(1e21, -0.5, 3.7)), {
      minLength: 1,
      maxLength: 20,
    }),
  }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('"', '{', ']', '\u0000', '\uD800', '\n\n', '\t')),
  }),
);

function applyDamage(content: string, d: DamageValue): string {
  if (d.kind === 'truncate') return content.slice(0, Math.floor(content.length * d.at));
  if (d.kind === 'splice') {
    const at = Math.floor(content.length * d.at);
    return content.slice(0, at) + d.text + content.slice(at);
  }
  let i = 0;
  return content.replace(/-?\d+(\.\d+)?/g, (n) => (i < d.values.length ? String(d.values[i++]) : n));
}
type DamageValue =
  | { kind: 'truncate'; at: number }
  | { kind: 'numbers'; values: number[] }
  | { kind: 'splice'; at: number; text: string };

describe('corpus importers under damaged files', () => {
  it('the parsers never throw: every damaged file gives documents and/or problems', async () => {
    for (const source of SOURCES) {
      const content = await readFile(join(fixtures, source.file), 'utf8');
      const txt = source.txt ? await readFile(join(fixtures, source.txt), 'utf8') : undefined;
      fc.assert(
        fc.property(damage, fc.boolean(), (d, damageTxt) => {
          const parsed = parseCorpusFile({
            format: source.format,
            path: source.file,
            content: applyDamage(content, d as DamageValue),
            ...(txt !== undefined
              ? { txtPath: source.txt!, txtContent: damageTxt ? applyDamage(txt, d as DamageValue) : txt }
              : {}),
          });
          expect(Array.isArray(parsed.documents) && Array.isArray(parsed.problems)).toBe(true);
          for (const p of parsed.problems) expect(p.message.length).toBeGreaterThan(5);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('importing damaged files (all or nothing, and partial) leaves a project the loader accepts', async () => {
    const dir = await tempDir();
    const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 60_000 });
    await service.createProject(join(dir, 'p.tagwright'), 'Fuzz');
    const counts = { applied: 0, refused: 0 };
    for (const source of SOURCES) {
      const content = await readFile(join(fixtures, source.file), 'utf8');
      await fc.assert(
        fc.asyncProperty(damage, fc.boolean(), async (d, partial) => {
          const target = join(dir, `in-${basename(source.file)}`);
          await writeFile(target, applyDamage(content, d as DamageValue));
          if (source.txt) await copyFile(join(fixtures, source.txt), target.replace(/\.ann$/, '.txt'));
          const before = JSON.stringify(service.listDocuments().map((doc) => service.getDocument(doc.id)));
          const report = await service.importCorpus([target], { format: source.format, partial });
          if (report.applied) {
            counts.applied += 1;
          } else {
            counts.refused += 1;
            expect(report.problems.length).toBeGreaterThan(0);
            expect(JSON.stringify(service.listDocuments().map((doc) => service.getDocument(doc.id)))).toBe(before);
          }
          // Whatever was applied, the saved project validates (schema and integrity) when read back.
          await service.flush();
          const path = service.projectPath!;
          expect(() => parseProjectFile(readFileSync(path, 'utf8'), path)).not.toThrow();
        }),
        { numRuns: 60 },
      );
    }
    console.log(`corpus import fuzz: ${counts.applied} imports applied, ${counts.refused} refused with problems`);
    await service.closeProject();
  }, 120_000);
});
