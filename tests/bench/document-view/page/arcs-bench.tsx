import { useLayoutEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultAnnotationSchema, type Annotation, type Relation } from '../../../../shared/model';
import { DocumentView } from '../../../../renderer/document-view/DocumentView';
import { ArcLayerController } from '../../../../renderer/arcs/arc-layer-controller';
import { documentArcs } from '../../../../renderer/arcs/document-arcs';
import { generateBenchDocument } from '../generate-bench-document';

// Issue 14, point 9: 50,000 words, 10,000 spans, 2,000 relations. Opens the view with its arc
// layer, waits for the whole document, then scrolls it by half a screen at a time, timing each
// redraw of the arcs (the layer's own 'tw-arcs-draw' measure) and every long task.
const SPANS = 10_000;
const RELATIONS = 2_000;
const SCROLL_STEPS = 80;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
async function waitFor(check: () => boolean): Promise<void> {
  while (!check()) await frame();
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Relations between spans near each other in the text: each of 2,000 spans spread over the document to one of its next few. */
function benchRelations(annotations: readonly Annotation[]): Relation[] {
  const ordered = [...annotations].sort((a, b) => a.start - b.start);
  const step = Math.floor(ordered.length / RELATIONS);
  return Array.from({ length: RELATIONS }, (_, k) => ({
    id: `r${k}`,
    type: 'attributed-to',
    from: ordered[k * step]!.id,
    to: ordered[Math.min(ordered.length - 1, k * step + 1 + (k % 4))]!.id,
    annotator: 'bench',
  }));
}

export async function runArcsBench(): Promise<void> {
  const longTasks: { start: number; duration: number }[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const schema = defaultAnnotationSchema();
  const bench = generateBenchDocument(SPANS);
  const arcs = documentArcs(benchRelations(bench.annotations), [], schema.relationTypes, []);
  let scroller: HTMLElement | null = null;

  function Arcs() {
    const svg = useRef<SVGSVGElement>(null);
    useLayoutEffect(() => {
      scroller = svg.current!.parentElement;
      const controller = new ArcLayerController(svg.current!, scroller!);
      controller.update({ arcs, shown: true, focusedId: null });
      return () => controller.destroy();
    }, []);
    return <svg ref={svg} className="tw-arcs" aria-hidden="true" />;
  }

  await sleep(300);
  const t0 = performance.now();
  createRoot(document.getElementById('root')!).render(
    <div data-arcs="shown" style={{ height: '100%' }}>
      <DocumentView
        documentId="bench"
        text={bench.text}
        annotations={bench.annotations}
        annotationsEdit={null}
        labels={schema.labels}
        selectedAnnotationId={null}
        onSelectAnnotation={() => {}}
        onSelectionChange={() => {}}
        snapToWords={false}
      >
        <Arcs />
      </DocumentView>
    </div>,
  );
  const drawnArcs = () => document.querySelectorAll('[data-arc-id]').length;
  await waitFor(() => drawnArcs() > 0);
  await afterPaint();
  const openMs = performance.now() - t0;
  await waitFor(() => (document.querySelector('.ProseMirror')?.children.length ?? 0) >= bench.paragraphs);
  await afterPaint();
  const completeMs = performance.now() - t0;
  await sleep(300);

  const drawMs: number[] = [];
  const arcsPerStep: number[] = [];
  const tScroll = performance.now();
  for (let i = 0; i < SCROLL_STEPS; i++) {
    performance.clearMeasures('tw-arcs-draw');
    scroller!.scrollTop += scroller!.clientHeight / 2;
    // The scroll's frame draws the arcs; the task after it has them on screen.
    await afterPaint();
    await afterPaint();
    const measures = performance.getEntriesByName('tw-arcs-draw', 'measure');
    drawMs.push(measures.reduce((sum, m) => sum + m.duration, 0));
    arcsPerStep.push(drawnArcs());
  }
  const tasks = longTasks.filter((t) => t.start >= t0).map((t) => t.duration);
  (window as unknown as { __benchResult: unknown }).__benchResult = {
    words: bench.words,
    spans: SPANS,
    relations: RELATIONS,
    openMs,
    completeMs,
    longestTaskMs: Math.max(0, ...tasks),
    scrollLongestTaskMs: Math.max(0, ...longTasks.filter((t) => t.start >= tScroll).map((t) => t.duration)),
    drawMs,
    arcsPerStep,
  };
}
