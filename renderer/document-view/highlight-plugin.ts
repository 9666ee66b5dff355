import type { Annotation, Label } from '../../shared/model';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { buildParagraphSegments, type HighlightLook } from './highlight-segments';
import type { OffsetIndex } from './offset-index';
import { annotationPieces, SpanIndex } from './span-index';
import { noSuggestions, type DrawnSuggestions } from './drawn-suggestions';

/** Paragraphs (inclusive range) whose highlights are drawn: the viewport and two screens around it. */
export interface ParagraphWindow {
  first: number;
  last: number;
}

export interface HighlightState {
  offsets: OffsetIndex | null;
  spans: SpanIndex;
  look: HighlightLook;
  /** The document's suggestions, drawn apart from the annotations (suggestion-decorations.ts). */
  suggestions: DrawnSuggestions;
  /** Paragraphs present in the editor so far (the document is built progressively). */
  loaded: number;
  window: ParagraphWindow | null;
  decorations: DecorationSet;
}

/** Transaction metadata the plugin understands; everything else leaves its state alone. */
export type HighlightAction =
  | {
      type: 'load';
      offsets: OffsetIndex;
      annotations: readonly Annotation[];
      labels: readonly Label[];
      selectedId: string | null;
      loaded: number;
      window: ParagraphWindow | null;
    }
  | { type: 'append'; loaded: number }
  | { type: 'window'; window: ParagraphWindow }
  | { type: 'annotations'; added: readonly Annotation[]; removed: readonly Annotation[] }
  /** Every span again (an edit was missed): the window is redrawn from the whole list. */
  | { type: 'spans'; annotations: readonly Annotation[] }
  | { type: 'labels'; labels: readonly Label[] }
  | { type: 'selected'; id: string | null }
  /** The suggestions changed (a new list, or another one focused): the window is redrawn. */
  | { type: 'suggestions'; suggestions: DrawnSuggestions }
  | { type: 'flash'; id: string | null };

export const highlightPluginKey = new PluginKey<HighlightState>('tagwrightHighlights');

const emptyLook: HighlightLook = { labels: new Map(), selectedId: null, flashId: null };

/** The plugin drawing annotations as decorations from standoff offsets, kept in its own state. */
export function createHighlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightPluginKey,
    state: {
      init: () => ({
        offsets: null,
        spans: SpanIndex.empty,
        look: emptyLook,
        suggestions: noSuggestions,
        loaded: 0,
        window: null,
        decorations: DecorationSet.empty,
      }),
      apply: (tr, state) => applyHighlightAction(tr, state),
    },
    props: {
      decorations: (state: EditorState) => highlightPluginKey.getState(state)?.decorations,
    },
  });
}

/** Reads the plugin's state from an editor state. */
export function highlightState(state: EditorState): HighlightState {
  return highlightPluginKey.getState(state)!;
}

function applyHighlightAction(tr: Transaction, state: HighlightState): HighlightState {
  const action = tr.getMeta(highlightPluginKey) as HighlightAction | undefined;
  if (!action) return tr.docChanged ? { ...state, decorations: state.decorations.map(tr.mapping, tr.doc) } : state;
  switch (action.type) {
    case 'load': {
      const look = { labels: labelMap(action.labels), selectedId: action.selectedId, flashId: null };
      const fresh: HighlightState = {
        offsets: action.offsets,
        spans: SpanIndex.from(action.annotations),
        look,
        suggestions: noSuggestions,
        loaded: action.loaded,
        window: null,
        decorations: DecorationSet.empty,
      };
      return action.window ? moveWindow(fresh, action.window, tr.doc) : fresh;
    }
    case 'append':
      return { ...state, loaded: action.loaded, decorations: state.decorations.map(tr.mapping, tr.doc) };
    case 'window':
      return moveWindow(state, action.window, tr.doc);
    case 'annotations': {
      if (action.added.length === 0 && action.removed.length === 0) return state;
      const spans = state.spans.withChanges(action.added, action.removed);
      const dirty = paragraphsOf([...action.added, ...action.removed], state);
      return redraw({ ...state, spans }, dirty, tr.doc);
    }
    case 'spans':
      return redraw({ ...state, spans: SpanIndex.from(action.annotations) }, windowParagraphs(state), tr.doc);
    case 'suggestions':
      return redraw({ ...state, suggestions: action.suggestions }, windowParagraphs(state), tr.doc);
    case 'labels':
      return redraw(
        { ...state, look: { ...state.look, labels: labelMap(action.labels) } },
        windowParagraphs(state),
        tr.doc,
      );
    case 'selected':
    case 'flash': {
      const key = action.type === 'selected' ? 'selectedId' : 'flashId';
      const before = state.look[key];
      if (before === action.id) return state;
      const touched = [before, action.id].flatMap((id) => (id === null ? [] : annotationsWithId(state, id)));
      const next = { ...state, look: { ...state.look, [key]: action.id } };
      return redraw(next, paragraphsOf(touched, state), tr.doc);
    }
  }
}

function labelMap(labels: readonly Label[]): Map<string, Label> {
  return new Map(labels.map((l) => [l.id, l]));
}

function annotationsWithId(state: HighlightState, id: string): Annotation[] {
  // Only drawn annotations matter, and those overlap the window.
  if (!state.offsets || !state.window) return [];
  const from = state.offsets.paragraphStart(state.window.first);
  const to = state.offsets.paragraphEnd(state.window.last);
  const found = new Set<Annotation>();
  for (const piece of state.spans.overlapping(from, to)) if (piece.annotation.id === id) found.add(piece.annotation);
  return [...found];
}

/** The window's paragraphs touched by these annotations. */
function paragraphsOf(annotations: readonly Annotation[], state: HighlightState): Set<number> {
  const dirty = new Set<number>();
  const { offsets, window } = state;
  if (!offsets || !window) return dirty;
  for (const a of annotations) {
    for (const piece of annotationPieces(a)) {
      const first = Math.max(window.first, offsets.paragraphAtOffset(piece.start));
      const last = Math.min(window.last, offsets.paragraphAtOffset(Math.max(piece.start, piece.end - 1)));
      for (let p = first; p <= last; p++) dirty.add(p);
    }
  }
  return dirty;
}

function windowParagraphs(state: HighlightState): Set<number> {
  const all = new Set<number>();
  if (state.window) for (let p = state.window.first; p <= state.window.last; p++) all.add(p);
  return all;
}

/** Replaces the decorations of the given paragraphs only; returns the state unchanged if there are none. */
function redraw(state: HighlightState, paragraphs: ReadonlySet<number>, doc: ProseMirrorNode): HighlightState {
  if (paragraphs.size === 0 || !state.offsets) return state;
  const stale: Decoration[] = [];
  const fresh: Decoration[] = [];
  for (const p of paragraphs) {
    stale.push(...paragraphDecorations(state.decorations, state.offsets, p));
    fresh.push(...buildDecorations(state, p));
  }
  return { ...state, decorations: state.decorations.remove(stale).add(doc, fresh) };
}

function paragraphDecorations(set: DecorationSet, offsets: OffsetIndex, p: number): Decoration[] {
  const from = offsets.paragraphContentStart(p);
  const to = from + offsets.paragraphEnd(p) - offsets.paragraphStart(p);
  return set.find(from, to, (spec: { paragraph?: number }) => spec.paragraph === p);
}

function buildDecorations(state: HighlightState, p: number): Decoration[] {
  return buildParagraphSegments(state.offsets!, state.spans, p, state.look, state.suggestions).map((s) =>
    Decoration.inline(s.from, s.to, s.attrs, { paragraph: p }),
  );
}

/** Moves the drawn window: paragraphs leaving it lose their decorations, entering ones gain theirs. */
function moveWindow(state: HighlightState, requested: ParagraphWindow, doc: ProseMirrorNode): HighlightState {
  if (!state.offsets || state.loaded === 0) return state;
  const window = {
    first: Math.max(0, Math.min(requested.first, state.loaded - 1)),
    last: Math.max(0, Math.min(requested.last, state.loaded - 1)),
  };
  const old = state.window;
  if (old && old.first === window.first && old.last === window.last) return state;
  const next = { ...state, window };
  if (!old || old.last < window.first || window.last < old.first) {
    const fresh: Decoration[] = [];
    for (let p = window.first; p <= window.last; p++) fresh.push(...buildDecorations(next, p));
    return { ...next, decorations: DecorationSet.create(doc, fresh) };
  }
  const stale: Decoration[] = [];
  const fresh: Decoration[] = [];
  for (let p = old.first; p <= old.last; p++) {
    if (p < window.first || p > window.last) stale.push(...paragraphDecorations(state.decorations, state.offsets, p));
  }
  for (let p = window.first; p <= window.last; p++) {
    if (p < old.first || p > old.last) fresh.push(...buildDecorations(next, p));
  }
  return { ...next, decorations: state.decorations.remove(stale).add(doc, fresh) };
}
