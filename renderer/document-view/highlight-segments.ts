import type { Annotation, Label } from '../../shared/model';
import type { Suggestion } from '../../shared/suggest/suggestion';
import { noSuggestions, suggestionAttrs, suggestionsOverlapping, type DrawnSuggestions } from './drawn-suggestions';
import type { OffsetIndex } from './offset-index';
import { annotationExtent, type SpanIndex, type SpanPiece } from './span-index';
import { pieceJoins, pieceTitle, selectedGaps, type PieceJoins } from './fragment-joins';

/** How one run of text inside one paragraph is drawn: every annotation covering it, innermost first. */
export interface HighlightSegment {
  paragraph: number;
  /** ProseMirror positions. */
  from: number;
  to: number;
  /** Empty on a run only suggestions cover. */
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
 * Splits paragraph `paragraph` at every boundary of the pieces and suggestions overlapping it and
 * returns one segment per covered run. Overlaps become one element per run carrying every id, so
 * each span stays visible (tint of the innermost, one underline per span) and the innermost is
 * clickable; a suggestion's edge cuts runs too, so each run's outline edges are its own.
 */
export function buildParagraphSegments(
  offsets: OffsetIndex,
  spans: SpanIndex,
  paragraph: number,
  look: HighlightLook,
  suggestions: DrawnSuggestions = noSuggestions,
): HighlightSegment[] {
  const start = offsets.paragraphStart(paragraph);
  const end = offsets.paragraphEnd(paragraph);
  if (end <= start) return [];
  const pieces = spans.overlapping(start, end).filter((p) => p.start < end && p.end > start);
  const suggested = suggestionsOverlapping(suggestions, start, end);
  if (pieces.length === 0 && suggested.length === 0) return [];
  const gaps = selectedGaps(pieces, look.selectedId, start, end);

  const cuts = new Set<number>();
  for (const p of [...pieces, ...suggested, ...gaps]) {
    cuts.add(Math.max(p.start, start));
    cuts.add(Math.min(p.end, end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const base = offsets.paragraphContentStart(paragraph) - start;
  const runs: { from: number; to: number; covering: Annotation[]; suggestions: Suggestion[]; gap: boolean }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const covering = coveringAnnotations(pieces, from, to);
    const over = suggested.filter((s) => s.start <= from && s.end >= to);
    const gap = gaps.some((g) => g.start <= from && g.end >= to);
    if (covering.length > 0 || over.length > 0 || gap) runs.push({ from, to, covering, suggestions: over, gap });
  }
  // The selected span's runs share one bottom edge, so its outline is one straight box.
  const isSelected = (covering: readonly Annotation[]) => covering.some((a) => a.id === look.selectedId);
  const selectedBands = Math.max(0, ...runs.filter((r) => isSelected(r.covering)).map((r) => bandCount(r.covering)));
  const segments = runs.map(({ from, to, covering, suggestions: over, gap }): HighlightSegment => {
    const highlight =
      covering.length === 0
        ? {}
        : segmentAttrs(covering, look, {
            ...selectedEdges(pieces, look.selectedId, from, to, start, end),
            padBands: isSelected(covering) ? selectedBands : bandCount(covering),
            joins: pieceJoins(pieces, covering, from, to),
            at: from,
          });
    const suggestion =
      over.length === 0 ? {} : suggestionAttrs(over, suggestions, look.labels, runEdges(over, from, to, start, end));
    return {
      paragraph,
      from: base + from,
      to: base + to,
      annotations: covering,
      attrs: joinAttrs(joinAttrs(highlight, suggestion), gap ? { class: 'tw-hl-gap' } : {}),
    };
  });
  return segments;
}

/** Whether one of these spans begins or ends at this run (a new line begins and ends them too). */
function runEdges(
  spans: readonly { start: number; end: number }[],
  from: number,
  to: number,
  paragraphStart: number,
  paragraphEnd: number,
): { start: boolean; end: boolean } {
  return {
    start: spans.some((s) => Math.max(s.start, paragraphStart) === from),
    end: spans.some((s) => Math.min(s.end, paragraphEnd) === to),
  };
}

/** One element's attributes from two sets: classes and styles joined, the tooltip's lines one after the other. */
function joinAttrs(a: Record<string, string>, b: Record<string, string>): Record<string, string> {
  const joined: Record<string, string> = { ...a, ...b };
  for (const [name, separator] of [
    ['class', ' '],
    ['style', '; '],
    ['title', '\n'],
  ] as const) {
    if (a[name] && b[name]) joined[name] = `${a[name]}${separator}${b[name]}`;
  }
  return joined;
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
  const selected = pieces.filter((p) => p.annotation.id === selectedId && p.start <= from && p.end >= to);
  return runEdges(selected, from, to, paragraphStart, paragraphEnd);
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
  layout: {
    start: boolean;
    end: boolean;
    padBands: number;
    /** Where a discontinuous annotation's pieces join this run (dotted inner edges). */
    joins?: PieceJoins;
    /** The run's first text offset: names the piece of a discontinuous annotation in the tooltip. */
    at?: number;
  } = {
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
  if (layout.joins?.before) classes.push('tw-hl--joined-before');
  if (layout.joins?.after) classes.push('tw-hl--joined-after');

  // Bottom band for the outermost span, each inner span one band higher, 1px gap between bands.
  // Earlier shadows paint on top, and this order lists them from the bottom up.
  const outermostFirst = covering.slice(-MAX_UNDERLINES).reverse();
  const bands: string[] = [];
  outermostFirst.forEach((a, level) => {
    if (level > 0) bands.push(`inset 0 -${level * 3}px 0 var(--tw-docview-bg)`);
    bands.push(`inset 0 -${level * 3 + 2}px 0 ${colour(a)}`);
  });

  const tooltip = covering.map((a) => {
    const name = pieceTitle(look.labels.get(a.label)?.name ?? a.label, a, layout.at ?? a.start);
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
