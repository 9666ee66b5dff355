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

/** The sample project; its first document says "…and were only 25% accurate." */
async function sample() {
  const dir = await tempDir();
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 60_000 });
  await service.openSampleProject();
  const document = service.getDocument(service.listDocuments()[0]!.id).document;
  const span = (words: string) => {
    const start = document.text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in the sample`);
    return { start, end: start + words.length };
  };
  return { service, document, span };
}

async function savedAnnotation(service: ProjectService, id: string): Promise<Annotation | undefined> {
  await service.flush();
  return (await readSavedProject(service.projectPath!)).annotations.find((a) => a.id === id);
}

describe('ProjectService: discontinuous spans', () => {
  it('creates an annotation with fragments, saved with its pieces and the quote from start to end', async () => {
    const { service, document, span } = await sample();
    const only = span('only 25% accurate');
    const pieces = [
      { start: only.start, end: only.start + 4 },
      { start: only.end - 8, end: only.end },
    ];
    const change = service.createAnnotation({ documentId: document.id, ...only, fragments: pieces, label: 'claim' });
    const created = change.annotations.added[0]!;
    expect(created).toMatchObject({ ...only, fragments: pieces, quote: 'only 25% accurate' });
    expect(await savedAnnotation(service, created.id)).toMatchObject({ fragments: pieces, quote: 'only 25% accurate' });
    // The bytes: the block's sparse fragments column holds the row.
    const raw = JSON.parse(await readFile(service.projectPath!, 'utf8')) as {
      annotations: { id: string[]; fragments: Record<string, unknown> }[];
    };
    const block = raw.annotations.find((b) => b.id.includes(created.id))!;
    expect(block.fragments[String(block.id.indexOf(created.id))]).toEqual(pieces);
  });

  it('adds a fragment, removes it, and undoes and redoes each as one step, in the saved file', async () => {
    const { service, document, span } = await sample();
    const only = span('only 25%');
    const created = service.createAnnotation({
      documentId: document.id,
      start: only.start,
      end: only.start + 4,
      label: 'claim',
    }).annotations.added[0]!;
    const accurate = span('accurate.');
    const piece = { start: accurate.start, end: accurate.start + 8 };

    const added = service.addFragment({ annotationId: created.id, ...piece });
    const grown = added.annotations.changed[0]!;
    expect(grown).toMatchObject({
      start: only.start,
      end: piece.end,
      fragments: [{ start: only.start, end: only.start + 4 }, piece],
      quote: 'only 25% accurate',
    });
    expect(await savedAnnotation(service, created.id)).toEqual(grown);

    const removed = service.removeFragment({ annotationId: created.id, start: only.start, end: only.start + 4 });
    const left = removed.annotations.changed[0]!;
    expect(left).toMatchObject({ ...piece, quote: 'accurate' });
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
    const { service, document, span } = await sample();
    const words = span('only 25% accurate');
    const created = service.createAnnotation({
      documentId: document.id,
      start: words.start,
      end: words.start + 4,
      label: 'claim',
    }).annotations.added[0]!;
    const apart = service.addFragment({ annotationId: created.id, start: words.end - 8, end: words.end });
    expect(apart.annotations.changed[0]!.fragments).toHaveLength(2);
    // "25%" and the spaces around it fill the gap: one plain span again.
    const filled = service.addFragment({ annotationId: created.id, start: words.start + 3, end: words.end - 7 });
    const merged = filled.annotations.changed[0]!;
    expect(merged).toMatchObject({ ...words, quote: 'only 25% accurate' });
    expect(merged.fragments).toBeUndefined();
  });

  it('takes addFragment and removeFragment through the contract, which refuses a malformed piece', async () => {
    const { service, document, span } = await sample();
    const handlers = createCallHandlers(service, noDialogs);
    const words = span('only 25% accurate');
    const plain = service.createAnnotation({
      documentId: document.id,
      start: words.start,
      end: words.start + 4,
      label: 'claim',
    });
    const annotationId = plain.annotations.added[0]!.id;
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
    const piece = { annotationId, start: words.end - 8, end: words.end };
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
    const { service, document, span } = await sample();
    const words = span('only 25% accurate');
    const plain = service.createAnnotation({ documentId: document.id, ...words, label: 'claim' }).annotations.added[0]!;
    await service.flush();
    const before = await readFile(service.projectPath!, 'utf8');
    const id = plain.id;
    expect(() => service.addFragment({ annotationId: id, start: words.start, end: words.start + 4 })).toThrow(
      /“only” is already part of this annotation/,
    );
    expect(() => service.addFragment({ annotationId: id, start: 0, end: 10 ** 7 })).toThrow(/outside/);
    expect(() => service.addFragment({ annotationId: 'nope', start: 0, end: 4 })).toThrow(/no annotation "nope"/);
    expect(() => service.removeFragment({ annotationId: id, ...words })).toThrow(/is one piece/);
    const split = service.createAnnotation({
      documentId: document.id,
      ...words,
      fragments: [
        { start: words.start, end: words.start + 4 },
        { start: words.end - 8, end: words.end },
      ],
      label: 'claim',
    }).annotations.added[0]!;
    await service.flush();
    const withSplit = await readFile(service.projectPath!, 'utf8');
    expect(() => service.removeFragment({ annotationId: split.id, start: words.start, end: words.start + 3 })).toThrow(
      /no piece at \d+–\d+ \(its pieces are/,
    );
    expect(() =>
      service.createAnnotation({
        documentId: document.id,
        start: words.start,
        end: words.end + 1,
        fragments: [
          { start: words.start, end: words.start + 4 },
          { start: words.end - 8, end: words.end },
        ],
        label: 'claim',
      }),
    ).toThrow(/not the outer bounds of its fragments/);
    await service.flush();
    expect(before).not.toBe(withSplit);
    expect(await readFile(service.projectPath!, 'utf8')).toBe(withSplit);
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
    const { service, document, span } = await sample();
    const words = span('only 25% accurate');
    const created = service.createAnnotation({
      documentId: document.id,
      start: words.start,
      end: words.start + 4,
      label: 'claim',
    }).annotations.added[0]!;
    service.addFragment({ annotationId: created.id, start: words.end - 8, end: words.end });
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
