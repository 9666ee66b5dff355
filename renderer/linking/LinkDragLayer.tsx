import { useLayoutEffect, useRef, useState } from 'react';
import type { RelationType } from '../../shared/model';
import { quoteExcerpt } from '../display-text/quote-excerpt';
import { useWorkbench } from '../store/workbench-store';
import { announceLink, dragPlanFrom, linkWithRelation } from './link-actions';
import { LinkDragController, type LinkDrop } from './link-drag-controller';
import { RelationTypeMenu } from './RelationTypeMenu';
import './linking.css';

const quoteOf = (id: string) =>
  `“${quoteExcerpt(useWorkbench.getState().current?.annotations.find((a) => a.id === id)?.quote ?? '')}”`;

/** Gives the focus back to the text, where the keys go on from the link just made or cancelled. */
const focusText = () => document.querySelector<HTMLElement>('[data-document-pane] .tw-docview__text')?.focus();

/**
 * Drag to link (Alt + drag from a highlight to another): the drag's SVG over the text, and the
 * menu of relation types when a drop fits several. Rendered inside the document view's scroller,
 * beside the arc layer; a drop that fits one type links at once, through the same command as
 * link mode's Enter (one undo step).
 */
export function LinkDragLayer() {
  const svgRef = useRef<SVGSVGElement>(null);
  const [choosing, setChoosing] = useState<LinkDrop | null>(null);
  // The drop the menu is open for: an answer counts once (moving the focus away blurs the menu too).
  const open = useRef<LinkDrop | null>(null);

  useLayoutEffect(() => {
    const svg = svgRef.current;
    const scroller = svg?.parentElement;
    if (!svg || !scroller) return;
    const controller = new LinkDragController(svg, scroller, {
      planFrom: dragPlanFrom,
      drop: (drop) => {
        if (drop.types.length === 1) {
          void linkWithRelation(drop.types[0]!, drop.sourceId, drop.targetId);
          return;
        }
        open.current = drop;
        setChoosing(drop);
      },
      cancel: announceLink,
    });
    return () => controller.destroy();
  }, []);

  const settle = (type: RelationType | null) => {
    const drop = open.current;
    if (!drop) return;
    open.current = null;
    setChoosing(null);
    if (type) void linkWithRelation(type, drop.sourceId, drop.targetId);
    else announceLink('Link cancelled.');
    focusText();
  };

  return (
    <>
      <svg ref={svgRef} className="tw-arcs tw-link-drag" aria-hidden="true" data-link-drag-layer="" />
      {choosing && (
        <RelationTypeMenu
          name={`Link ${quoteOf(choosing.sourceId)} to ${quoteOf(choosing.targetId)} as`}
          types={choosing.types}
          at={choosing.at}
          choose={settle}
          cancel={() => settle(null)}
        />
      )}
    </>
  );
}
