import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useWorkbench } from '../store/workbench-store';
import { ArcLayerController } from './arc-layer-controller';
import { useDocumentArcs } from './use-document-arcs';
import './arcs.css';

/**
 * The open document's relations and event roles as arcs over the text, and the ring around link
 * mode's target. Rendered inside the document view's scroller (its child), so it scrolls with the
 * text; aria-hidden: the annotations panel lists the same links.
 */
export function ArcLayer() {
  const svgRef = useRef<SVGSVGElement>(null);
  const [controller, setController] = useState<ArcLayerController | null>(null);
  const arcs = useDocumentArcs();
  const shown = useWorkbench((s) => s.preferences.showArcs);
  const focusedId = useWorkbench((s) => s.linking?.targetId ?? null);

  useLayoutEffect(() => {
    const svg = svgRef.current;
    const scroller = svg?.parentElement;
    if (!svg || !scroller) return;
    const created = new ArcLayerController(svg, scroller);
    setController(created);
    return () => created.destroy();
  }, []);
  const state = useMemo(() => ({ arcs, shown, focusedId }), [arcs, shown, focusedId]);
  useLayoutEffect(() => controller?.update(state), [controller, state]);

  return <svg ref={svgRef} className="tw-arcs" aria-hidden="true" data-arc-layer="" />;
}
