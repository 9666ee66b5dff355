import type { Annotation, Label } from '../../shared/model';
import type { OffsetIndex } from './offset-index';
import { annotationExtent, type SpanIndex, type SpanPiece } from './span-index';

/** How one run of text inside one paragraph is drawn: every annotation covering it, innermost first. */
export interface HighlightSegment {
  paragraph: number;
  /** ProseMirror positions. */
  from: number;
  to: number;
  annotations: Annotation[];
  attrs: Record<string, string>;
}

/** What decides the look of a segment besides the annotations themselves. */
export interface HighlightLook {
  labels: ReadonlyMap<string, Label>;
  selectedId: string | null;
  flashId: string | null;
}

// Underlines stack from the outermost span (bottom) up; beyond this many only the tooltip tells.
const MAX_UNDERLINES = 4;
const FALLBACK_COLOUR = '#888888';

/** Orders annotations innermost (fewest characters) first; ties by later start, then id. */
export function innermostFirst(a: Annotation, b: Annotation): number {
  return annotationExtent(a) - annotationExtent(b) || b.start - a.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Splits paragraph `paragraph` at every boundary of the pieces overlapping it and returns one
 * segment per covered run. Overlaps become one element per run carrying every id, so each span
 * stays visible (tint of the innermost, one underline per span) and the innermost is clickable.
 */
export function buildParagraphSegments(
  offsets: OffsetIndex,
  spans: SpanIndex,
  paragraph: number,
  look: HighlightLook,
): HighlightSegment[] {
  const start = offsets.paragraphStart(paragraph);
  const end = offsets.paragraphEnd(paragraph);
  if (end <= start) return [];
  const pieces = spans.overlapping(start, end).filter((p) => p.start < end && p.end > start);
  if (pieces.length === 0) return [];

  const cuts = new Set<number>();
  for (const p of pieces) {
    cuts.add(Math.max(p.start, start));
    cuts.add(Math.min(p.end, end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const base = offsets.paragraphContentStart(paragraph) - start;
  const runs: { from: number; to: number; covering: Annotation[] }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const covering = coveringAnnotations(pieces, points[i]!, points[i + 1]!);
    if (covering.length > 0) runs.push({ from: points[i]!, to: points[i + 1]!, covering });
  }
  // The selected span's runs share one bottom edge, so its outline is one straight box.
  const isSelected = (covering: readonly Annotation[]) => covering.some((a) => a.id === look.selectedId);
  const selectedBands = Math.max(0, ...runs.filter((r) => isSelected(r.covering)).map((r) => bandCount(r.covering)));
  const segments = runs.map(({ from, to, covering }): HighlightSegment => ({
    paragraph,
    from: base + from,
    to: base + to,
    annotations: covering,
    attrs: segmentAttrs(covering, look, {
      ...selectedEdges(pieces, look.selectedId, from, to, start, end),
      padBands: isSelected(covering) ? selectedBands : bandCount(covering),
    }),
  }));
  return segments;
}

/** Whether this run begins or ends a drawn piece of the selected annotation (its outline closes there). */
function selectedEdges(
  pieces: readonly SpanPiece[],
  selectedId: string | null,
  from: number,
  to: number,
  paragraphStart: number,
  paragraphEnd: number,
): { start: boolean; end: boolean } {
  const edges = { start: false, end: false };
  if (selectedId === null) return edges;
  for (const p of pieces) {
    if (p.annotation.id !== selectedId || p.start > from || p.end < to) continue;
    edges.start ||= Math.max(p.start, paragraphStart) === from;
    edges.end ||= Math.min(p.end, paragraphEnd) === to;
  }
  return edges;
}

function bandCount(covering: readonly Annotation[]): number {
  return Math.min(covering.length, MAX_UNDERLINES);
}

function coveringAnnotations(pieces: readonly SpanPiece[], from: number, to: number): Annotation[] {
  const seen = new Set<Annotation>();
  for (const p of pieces) if (p.start <= from && p.end >= to) seen.add(p.annotation);
  return [...seen].sort(innermostFirst);
}

/** The DOM attributes of one segment: ids and labels innermost first, tooltip, colours. */
export function segmentAttrs(
  covering: readonly Annotation[],
  look: HighlightLook,
  layout: { start: boolean; end: boolean; padBands: number } = {
    start: true,
    end: true,
    padBands: bandCount(covering),
  },
): Record<string, string> {
  const colour = (a: Annotation) => look.labels.get(a.label)?.colour ?? FALLBACK_COLOUR;
  const classes = ['tw-hl'];
  if (covering.length > 1) classes.push('tw-hl--overlap');
  if (look.selectedId !== null && covering.some((a) => a.id === look.selectedId)) {
    classes.push('tw-hl--selected');
    if (layout.start) classes.push('tw-hl--selected-start');
    if (layout.end) classes.push('tw-hl--selected-end');
  }
  if (look.flashId !== null && covering.some((a) => a.id === look.flashId)) classes.push('tw-hl--flash');

  // Bottom band for the outermost span, each inner span one band higher, 1px gap between bands.
  // Earlier shadows paint on top, and this order lists them from the bottom up.
  const outermostFirst = covering.slice(-MAX_UNDERLINES).reverse();
  const bands: string[] = [];
  outermostFirst.forEach((a, level) => {
    if (level > 0) bands.push(`inset 0 -${level * 3}px 0 var(--tw-docview-bg)`);
    bands.push(`inset 0 -${level * 3 + 2}px 0 ${colour(a)}`);
  });

  const tooltip = covering.map((a) => {
    const name = look.labels.get(a.label)?.name ?? a.label;
    return a.note ? `${name}: ${a.note}` : name;
  });
  return {
    class: classes.join(' '),
    'data-annotation-id': covering.map((a) => a.id).join(' '),
    'data-label': covering.map((a) => a.label).join(' '),
    title: tooltip.join('\n'),
    style: `--tw-hl-colour: ${colour(covering[0]!)}; --tw-hl-bands: ${layout.padBands}; box-shadow: ${bands.join(', ')}`,
  };
}
