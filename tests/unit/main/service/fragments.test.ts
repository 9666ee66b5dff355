import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { annotationProblem, defaultAnnotationSchema, type Annotation } from '../../../../shared/model';
import { exporters } from '../../../../shared/formats/format-registry';
import { parseCorpusFile } from '../../../../shared/formats/parse-corpus-file';
import { readSavedProject } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';
import { exportToFiles } from '../../shared/formats/export-files';
import { plan } from '../../shared/formats/plan-import';
import { testDocument } from '../../shared/formats/format-corpus';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/**
 * The sample project; its first document says "…and were only 25% accurate.": `words` is "only
 * 25% accurate", `only` and `accurate` its first and last words, `claimOnly()` labels "only".
 */
async function sample() {
  const dir = await tempDir();
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 60_000 });
  await service.openSampleProject();
  const document = service.getDocument(service.listDocuments()[0]!.id).document;
  const start = document.text.indexOf('only 25% accurate');
  if (start < 0) throw new Error('"only 25% accurate" is not in the sample');
  const words = { start, end: start + 'only 25% accurate'.length };
  const only = { start, end: start + 4 };
  const accurate = { start: words.end - 8, end: words.end };
  const claimOnly = () =>
    service.createAnnotation({ documentId: document.id, ...only, label: 'claim' }).annotations.added[0]!;
  return { service, document, words, only, accurate, claimOnly };
}

async function savedAnnotation(service: ProjectService, id: string): Promise<Annotation | undefined> {
  await service.flush();
  return (await readSavedProject(service.projectPath!)).annotations.find((a) => a.id === id);
}

describe('ProjectService: discontinuous spans', () => {
  it('creates an annotation with fragments, saved with its pieces and the quote from start to end', async () => {
    const { service, document, words, only, accurate } = await sample();
    const pieces = [only, accurate];
    const change = service.createAnnotation({ documentId: document.id, ...words, fragments: pieces, label: 'claim' });
    const created = change.annotations.added[0]!;
    expect(created).toMatchObject({ ...words, fragments: pieces, quote: 'only 25% accurate' });
    expect(await savedAnnotation(service, created.id)).toMatchObject({ fragments: pieces, quote: 'only 25% accurate' });
    // The bytes: the block's sparse fragments column holds the row.
    const raw = JSON.parse(await readFile(service.projectPath!, 'utf8')) as {
      annotations: { id: string[]; fragments: Record<string, unknown> }[];
    };
    const block = raw.annotations.find((b) => b.id.includes(created.id))!;
    expect(block.fragments[String(block.id.indexOf(created.id))]).toEqual(pieces);
  });

  it('adds a fragment, removes it, and undoes and redoes each as one step, in the saved file', async () => {
    const { service, words, only, accurate, claimOnly } = await sample();
    const created = claimOnly();
    const added = service.addFragment({ annotationId: created.id, ...accurate });
    const grown = added.annotations.changed[0]!;
    expect(grown).toMatchObject({ ...words, fragments: [only, accurate], quote: 'only 25% accurate' });
    expect(await savedAnnotation(service, created.id)).toEqual(grown);

    const removed = service.removeFragment({ annotationId: created.id, ...only });
    const left = removed.annotations.changed[0]!;
    expect(left).toMatchObject({ ...accurate, quote: 'accurate' });
    expect(left.fragments).toBeUndefined();
    expect(await savedAnnotation(service, created.id)).toEqual(left);

    expect(service.undo()?.annotations.changed[0]).toEqual(grown);
    expect(await savedAnnotation(service, created.id)).toEqual(grown);
    expect(service.undo()?.annotations.changed[0]).toEqual(created);
    expect(await savedAnnotation(service, created.id)).toEqual(created);
    expect(service.redo()?.annotations.changed[0]).toEqual(grown);
    expect(await savedAnnotation(service, created.id)).toEqual(grown);
  });

  it('merges a piece that touches or overlaps one already there', async () => {
    const { service, words, accurate, claimOnly } = await sample();
    const created = claimOnly();
    const apart = service.addFragment({ annotationId: created.id, ...accurate });
    expect(apart.annotations.changed[0]!.fragments).toHaveLength(2);
    // "25%" and the spaces around it fill the gap: one plain span again.
    const filled = service.addFragment({ annotationId: created.id, start: words.start + 3, end: words.end - 7 });
    const merged = filled.annotations.changed[0]!;
    expect(merged).toMatchObject({ ...words, quote: 'only 25% accurate' });
    expect(merged.fragments).toBeUndefined();
  });

  it('takes addFragment and removeFragment through the contract, which refuses a malformed piece', async () => {
    const { service, accurate, claimOnly } = await sample();
    const handlers = createCallHandlers(service, noDialogs);
    const annotationId = claimOnly().id;
    for (const bad of [
      { annotationId, start: 9, end: 9 },
      { annotationId, start: -1, end: 4 },
      { annotationId, start: 0, end: 4, label: 'claim' },
    ]) {
      expect(await dispatchCall(handlers, 'addFragment', bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    const piece = { annotationId, ...accurate };
    expect(await dispatchCall(handlers, 'addFragment', piece)).toMatchObject({
      ok: true,
      value: { annotations: { changed: [{ id: annotationId, quote: 'only 25% accurate' }] } },
    });
    expect(await dispatchCall(handlers, 'removeFragment', piece)).toMatchObject({
      ok: true,
      value: { annotations: { changed: [{ id: annotationId, quote: 'only' }] } },
    });
  });

  it('refuses bad pieces with a reason and leaves the saved file alone', async () => {
    const { service, document, words, only, accurate, claimOnly } = await sample();
    const saved = async () => {
      await service.flush();
      return readFile(service.projectPath!, 'utf8');
    };
    const id = claimOnly().id;
    const before = await saved();
    expect(() => service.addFragment({ annotationId: id, ...only })).toThrow(
      /“only” is already part of this annotation/,
    );
    expect(() => service.addFragment({ annotationId: id, start: 0, end: 10 ** 7 })).toThrow(/outside/);
    expect(() => service.addFragment({ annotationId: 'nope', start: 0, end: 4 })).toThrow(/no annotation "nope"/);
    expect(() => service.removeFragment({ annotationId: id, ...only })).toThrow(/is one piece/);
    expect(await saved()).toBe(before);

    const fragments = [only, accurate];
    const split = service.createAnnotation({ documentId: document.id, ...words, fragments, label: 'claim' });
    const withSplit = await saved();
    expect(withSplit).not.toBe(before);
    const splitId = split.annotations.added[0]!.id;
    expect(() => service.removeFragment({ annotationId: splitId, start: only.start, end: only.end - 1 })).toThrow(
      /no piece at \d+–\d+ \(its pieces are/,
    );
    expect(() =>
      service.createAnnotation({ documentId: document.id, ...words, end: words.end + 1, fragments, label: 'claim' }),
    ).toThrow(/not the outer bounds of its fragments/);
    expect(await saved()).toBe(withSplit);
  });

  it('keeps the pieces sorted, disjoint and exactly the text added minus the pieces removed, undo restoring each step', async () => {
    const { service, document } = await sample();
    // A stretch of the document with astral characters would do too; the sample is plain prose.
    const text = document.text;
    const limit = Math.min(text.length, 120);
    const range = fc.tuple(fc.nat(limit - 1), fc.integer({ min: 1, max: 12 })).map(([s, n]) => ({
      start: s,
      end: Math.min(limit, s + n),
    }));
    const step = fc.oneof(
      range.map((r) => ({ add: r })),
      fc.nat().map((i) => ({ remove: i })),
    );
    fc.assert(
      fc.property(range, fc.array(step, { maxLength: 12 }), (first, steps) => {
        const created = service.createAnnotation({ documentId: document.id, ...first, label: 'claim' }).annotations
          .added[0]!;
        // The model: which code units the annotation covers.
        const covered = new Array<boolean>(limit).fill(false);
        for (let i = first.start; i < first.end; i++) covered[i] = true;
        const history: Annotation[] = [created];
        for (const s of steps) {
          const now = history[history.length - 1]!;
          const pieces = now.fragments ?? [now];
          let change;
          if ('add' in s) {
            const already = covered.slice(s.add.start, s.add.end).every(Boolean);
            if (already) continue;
            change = service.addFragment({ annotationId: created.id, ...s.add });
            for (let i = s.add.start; i < s.add.end; i++) covered[i] = true;
          } else {
            if (pieces.length < 2) continue;
            const piece = pieces[s.remove % pieces.length]!;
            change = service.removeFragment({ annotationId: created.id, ...piece });
            for (let i = piece.start; i < piece.end; i++) covered[i] = false;
          }
          const after = change.annotations.changed[0]!;
          expect(annotationProblem(after)).toBeNull();
          expect(after.quote).toBe(text.slice(after.start, after.end));
          expect(after.fragments ?? [{ start: after.start, end: after.end }]).toEqual(runsOf(covered));
          history.push(after);
        }
        // Undo walks back through every state, to the annotation as created; then it goes.
        for (let i = history.length - 1; i > 0; i--) {
          expect(service.undo()?.annotations.changed[0]).toEqual(history[i - 1]);
        }
        expect(service.undo()?.annotations.removed).toEqual([created.id]);
      }),
      { numRuns: 60 },
    );
  });

  it('survives brat export and import with the same pieces and quote', async () => {
    const { service, document, accurate, claimOnly } = await sample();
    const created = claimOnly();
    service.addFragment({ annotationId: created.id, ...accurate });
    const range = fc.tuple(fc.nat(document.text.length - 1), fc.integer({ min: 1, max: 30 }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 5 }), (extra) => {
        let grown = service.getDocument(document.id).annotations.find((a) => a.id === created.id)!;
        let steps = 0;
        for (const [start, n] of extra) {
          const end = Math.min(document.text.length, start + n);
          if (document.text.slice(start, end).trim() === '') continue; // brat cannot hold a blank piece's text
          try {
            grown = service.addFragment({ annotationId: created.id, start, end }).annotations.changed[0]!;
            steps++;
          } catch {
            // Already covered: nothing changed.
          }
        }
        const back = bratRoundTrip(document.text, grown);
        expect(back.fragments).toEqual(grown.fragments);
        expect(back).toMatchObject({ start: grown.start, end: grown.end, quote: grown.quote });
        for (; steps > 0; steps--) service.undo();
      }),
      { numRuns: 40 },
    );
  });
});

/** Maximal runs of covered code units, as fragments. */
function runsOf(covered: readonly boolean[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  covered.forEach((on, i) => {
    if (!on) return;
    const last = runs[runs.length - 1];
    if (last && last.end === i) last.end = i + 1;
    else runs.push({ start: i, end: i + 1 });
  });
  return runs;
}

/** One annotation of `text` through the brat exporter and back through the import plan. */
function bratRoundTrip(text: string, annotation: Annotation): Annotation {
  const files = exportToFiles(exporters.brat, {
    projectId: 'p',
    projectName: 'P',
    schema: defaultAnnotationSchema(),
    documents: [{ document: testDocument('doc', text), annotations: [annotation], relations: [] }],
  });
  const parsed = parseCorpusFile({
    format: 'brat',
    path: 'doc.ann',
    content: files.get('doc.ann')!,
    txtPath: 'doc.txt',
    txtContent: files.get('doc.txt')!,
  });
  const planned = plan([parsed]);
  expect(planned.report.problems).toEqual([]);
  return planned.annotations[0]!;
}
