import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { defaultAnnotationSchema, type Annotation } from '../../../../shared/model';
import { DocumentView } from '../../../../renderer/document-view/DocumentView';
import type { DocumentViewHandle } from '../../../../renderer/document-view/document-view-api';
import { annotationOf } from '../../../support/annotation-fixture';
import { generateBenchDocument } from '../generate-bench-document';
import { ReferenceEditor } from '../reference-editor';
import { withEdit, type EditedAnnotations } from './edited-annotations';
import { DemoPage } from './demo-page';
import { runArcsBench } from './arcs-bench';

// One page, four modes: ?mode=ours|reference&annotations=N runs the measurements and leaves
// them in window.__benchResult; ?mode=arcs does the same for the arc layer (arcs-bench.tsx); ?mode=demo is the small page the document-view e2e spec drives
// (&long: the bench's big document; &holdBuild: its progressive build waits for __demo.releaseBuild()).
const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'demo';
const labels = defaultAnnotationSchema().labels;
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const afterTask = (fn: () => void) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => fn();
  channel.port2.postMessage(0);
};
/** Resolves once the frame following the current work has been produced (rAF, then a task). */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => afterTask(resolve)));
async function waitFor(check: () => boolean): Promise<void> {
  while (!check()) await frame();
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function highlightOnScreen(): boolean {
  for (const el of document.querySelectorAll('[data-annotation-id]')) {
    const r = el.getBoundingClientRect();
    if (r.bottom > 0 && r.top < innerHeight && r.width > 0) return true;
  }
  return false;
}

async function runBench(): Promise<void> {
  const count = Number(params.get('annotations') ?? '1000');
  const bench = generateBenchDocument(count);
  let add: (a: Annotation) => void = () => {};

  function Host() {
    const [edited, setEdited] = useState<EditedAnnotations>({ annotations: bench.annotations, edit: null });
    add = (a) => flushSync(() => setEdited((state) => withEdit(state, [a])));
    const handle = useRef<DocumentViewHandle>(null);
    if (mode === 'reference')
      return <ReferenceEditor text={bench.text} annotations={edited.annotations} labels={labels} />;
    return (
      <DocumentView
        ref={handle}
        documentId="bench"
        text={bench.text}
        annotations={edited.annotations}
        annotationsEdit={edited.edit}
        labels={labels}
        selectedAnnotationId={null}
        onSelectAnnotation={() => {}}
        onSelectionChange={() => {}}
        snapToWords={false}
      />
    );
  }

  await sleep(300);
  const t0 = performance.now();
  createRoot(document.getElementById('root')!).render(<Host />);
  await waitFor(highlightOnScreen);
  await afterPaint();
  const openMs = performance.now() - t0;
  const editorRoot = () => document.querySelector('.ProseMirror');
  await waitFor(() => (editorRoot()?.children.length ?? 0) >= bench.paragraphs);
  await afterPaint();
  const completeMs = performance.now() - t0;
  const openTasks = longTasks.filter((t) => t.start >= t0).map((t) => t.duration);
  await sleep(300);

  const addMs: number[] = [];
  const addSyncMs: number[] = [];
  const tAdds = performance.now();
  for (let i = 0; i < 50; i++) {
    // A word in the first screen, as an annotator would label what they are reading.
    const word = 2 + i * 3;
    const start = bench.wordStarts[word]!;
    const end = bench.wordEnds[word + (i % 3)]!;
    const id = `added${i}`;
    const annotation = annotationOf(bench.text, id, start, end, {
      documentId: 'bench',
      label: labels[i % labels.length]!.id,
      annotator: 'bench',
    });
    // The add starts at the beginning of a frame (where Chrome delivers aligned input) and ends in
    // the task after that frame's paint, or after later frames if the highlight is not there yet.
    const { total, sync } = await new Promise<{ total: number; sync: number }>((resolve) =>
      requestAnimationFrame(() => {
        const t = performance.now();
        add(annotation);
        const sync = performance.now() - t;
        const done = () => {
          if (document.querySelector(`[data-annotation-id~="${id}"]`)) resolve({ total: performance.now() - t, sync });
          else requestAnimationFrame(() => afterTask(done));
        };
        afterTask(done);
      }),
    );
    addMs.push(total);
    addSyncMs.push(sync);
    await sleep(20);
  }
  const addTasks = longTasks.filter((t) => t.start >= tAdds).map((t) => t.duration);
  (window as unknown as { __benchResult: unknown }).__benchResult = {
    mode,
    annotations: count,
    textLength: bench.text.length,
    paragraphs: bench.paragraphs,
    words: bench.words,
    openMs,
    completeMs,
    longestTaskMs: Math.max(0, ...openTasks, ...addTasks),
    longTasksOver50: openTasks.length + addTasks.length,
    addMs,
    addSyncMs,
    domNodes: document.getElementsByTagName('*').length,
  };
}

if (mode === 'demo') {
  createRoot(document.getElementById('root')!).render(
    <DemoPage long={params.has('long')} holdBuild={params.has('holdBuild')} />,
  );
} else if (mode === 'arcs') {
  void runArcsBench();
} else {
  void runBench();
}
