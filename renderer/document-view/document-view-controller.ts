import type { Editor } from '@tiptap/core';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import type { Annotation, Label } from '../../shared/model';
import type { AnnotationsEdit, BuildSliceScheduler, TextSpan } from './document-view-api';
import { DrawnAnnotations } from './drawn-annotations';
import { highlightPluginKey, highlightState, type HighlightAction, type ParagraphWindow } from './highlight-plugin';
import { createOffsetIndex, type OffsetIndex } from './offset-index';
import { documentBuildKey } from './read-only-guard';
import { selectionToSpan } from './selection-span';
import type { DrawnSuggestions } from './drawn-suggestions';
import { buildParagraphNodes } from './text-document-nodes';
import { visibleParagraphs } from './visible-paragraphs';

// GUIDE §6: the first screen at once, then slices small enough to keep every task short.
const FIRST_PARAGRAPHS = 12;
const SLICE_PARAGRAPHS = 40;
const FLASH_MS = 1000;

export interface OpenedDocument {
  documentId: string;
  text: string;
  annotations: readonly Annotation[];
  labels: readonly Label[];
  selectedId: string | null;
  /** The seq of the last edit `annotations` already include (0 for none). */
  editSeq: number;
}

/** The default build schedule: the page's idle time, so input and painting come first. */
export const inIdleTime: BuildSliceScheduler = (slice) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(slice, { timeout: 200 });
  else setTimeout(slice, 0);
};

export interface ControllerCallbacks {
  onSelectAnnotation(annotationId: string | null): void;
  onSelectionChange(span: TextSpan | null): void;
  onModifierSelection(span: TextSpan): void;
  snapToWords(): boolean;
  /** Runs the build's next slice (DocumentViewProps.scheduleBuildSlice). */
  scheduleBuildSlice: BuildSliceScheduler;
}

/**
 * Everything the document view does besides rendering: builds the document progressively, keeps
 * the drawn window on the viewport, turns prop changes into plugin transactions, reveals spans.
 */
export class DocumentViewController {
  private text = '';
  private offsets: OffsetIndex = createOffsetIndex('');
  private readonly drawn = new DrawnAnnotations();
  private labels: readonly Label[] = [];
  private generation = 0;
  private complete = true;
  private afterComplete: (() => void)[] = [];
  private frame = 0;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private lastSpan: TextSpan | null = null;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    private readonly editor: Editor,
    private readonly scroller: HTMLElement,
    private readonly callbacks: ControllerCallbacks,
  ) {
    scroller.addEventListener('scroll', this.scheduleWindowUpdate, { passive: true });
    this.resizeObserver = new ResizeObserver(this.scheduleWindowUpdate);
    this.resizeObserver.observe(scroller);
    editor.on('selectionUpdate', this.reportSelection);
    editor.view.dom.addEventListener('mouseup', this.reportModifierSelection);
  }

  destroy(): void {
    this.generation++;
    cancelAnimationFrame(this.frame);
    clearTimeout(this.flashTimer);
    this.scroller.removeEventListener('scroll', this.scheduleWindowUpdate);
    this.resizeObserver.disconnect();
    this.editor.off('selectionUpdate', this.reportSelection);
    this.editor.view.dom.removeEventListener('mouseup', this.reportModifierSelection);
  }

  /** Shows a new document: the first screen now, the rest in idle slices. */
  load(document: OpenedDocument): void {
    const generation = ++this.generation;
    this.afterComplete = [];
    clearTimeout(this.flashTimer);
    this.text = document.text;
    this.offsets = createOffsetIndex(document.text);
    this.drawn.reset(document.annotations, document.editSeq);
    this.labels = document.labels;
    this.lastSpan = null;
    const first = Math.min(FIRST_PARAGRAPHS, this.offsets.paragraphCount);
    const { state } = this.editor.view;
    const tr = state.tr.replaceWith(
      0,
      state.doc.content.size,
      buildParagraphNodes(state.schema, this.offsets, 0, first),
    );
    tr.setSelection(TextSelection.create(tr.doc, 1));
    this.dispatch(tr.setMeta(documentBuildKey, true), {
      type: 'load',
      offsets: this.offsets,
      annotations: document.annotations,
      labels: document.labels,
      selectedId: document.selectedId,
      loaded: first,
      window: { first: 0, last: first - 1 },
    });
    this.scroller.scrollTop = 0;
    this.complete = first === this.offsets.paragraphCount;
    if (!this.complete) this.scheduleSlice(generation, first);
    else this.finish();
  }

  /** Draws one change to the annotations: only the paragraphs its annotations touch are redrawn. */
  applyEdit(edit: AnnotationsEdit | null, annotations: readonly Annotation[]): void {
    const action = this.drawn.take(edit, annotations);
    if (action) this.dispatch(this.editor.view.state.tr, action);
  }

  setLabels(labels: readonly Label[]): void {
    if (labels === this.labels) return;
    this.labels = labels;
    this.dispatch(this.editor.view.state.tr, { type: 'labels', labels });
  }

  setSelected(id: string | null): void {
    if (highlightState(this.editor.view.state).look.selectedId === id) return;
    this.dispatch(this.editor.view.state.tr, { type: 'selected', id });
  }

  /** Draws the document's suggestions (a new list, or another one focused). */
  setSuggestions(suggestions: DrawnSuggestions): void {
    if (highlightState(this.editor.view.state).suggestions === suggestions) return;
    this.dispatch(this.editor.view.state.tr, { type: 'suggestions', suggestions });
  }

  /** Scrolls an annotation to the centre and flashes it; waits for the document if it is still being built. */
  reveal(id: string): void {
    const annotation = this.drawn.get(id);
    if (!annotation || !this.scrollToSpan(annotation, () => this.reveal(id))) return;
    const view = this.editor.view;
    clearTimeout(this.flashTimer);
    this.dispatch(view.state.tr, { type: 'flash', id: null });
    this.dispatch(view.state.tr, { type: 'flash', id });
    this.flashTimer = setTimeout(() => this.dispatch(view.state.tr, { type: 'flash', id: null }), FLASH_MS);
  }

  /** Scrolls a suggestion to the centre (its focus outline marks it). */
  revealSuggestion(id: string): void {
    const suggestion = highlightState(this.editor.view.state).suggestions.list.find((s) => s.id === id);
    if (suggestion) this.scrollToSpan(suggestion, () => this.revealSuggestion(id));
  }

  /**
   * Scrolls a span to the centre of the view; false (and `retry` kept for when the document is
   * complete) while the span's paragraph is not built yet.
   */
  private scrollToSpan(span: TextSpan, retry: () => void): boolean {
    if (this.offsets.paragraphAtOffset(span.end) >= highlightState(this.editor.view.state).loaded) {
      this.afterComplete.push(retry);
      return false;
    }
    const view = this.editor.view;
    const top = view.coordsAtPos(this.offsets.posAt(span.start));
    const bottom = view.coordsAtPos(this.offsets.posAt(span.end), -1);
    const box = this.scroller.getBoundingClientRect();
    // A span taller than most of the screen shows its start near the top instead.
    const height = bottom.bottom - top.top;
    const target =
      height > box.height * 0.8 ? top.top - box.height * 0.2 : (top.top + bottom.bottom) / 2 - box.height / 2;
    this.scroller.scrollTop += target - box.top;
    this.updateWindow();
    return true;
  }

  /**
   * Selects a span of the text, scrolls it to the centre and gives the text focus (a search hit
   * jumped to: the label keys and menu then act on it); waits for the document if it is still being built.
   */
  selectSpan(span: TextSpan): void {
    if (span.end > this.text.length || !this.scrollToSpan(span, () => this.selectSpan(span))) return;
    const { state } = this.editor.view;
    const selection = TextSelection.create(state.doc, this.offsets.posAt(span.start), this.offsets.posAt(span.end));
    this.editor.view.dispatch(state.tr.setSelection(selection).setMeta('addToHistory', false));
    this.focus();
  }

  /** The selection as a trimmed (and, if asked, word-snapped) span. */
  currentSelection(): TextSpan | null {
    const { from, to } = this.editor.view.state.selection;
    return this.spanBetween(from, to);
  }

  /** The span between two ProseMirror positions, trimmed (and snapped if asked); null when empty. */
  private spanBetween(from: number, to: number): TextSpan | null {
    if (from === to) return null;
    const span = { start: this.offsets.offsetAt(from), end: this.offsets.offsetAt(to) };
    return selectionToSpan(this.text, span, this.callbacks.snapToWords());
  }

  caretOffset(): number | null {
    const { selection } = this.editor.view.state;
    return selection.empty ? this.offsets.offsetAt(selection.head) : null;
  }

  clearSelection(): void {
    const { state } = this.editor.view;
    if (state.selection.empty) return;
    this.editor.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, state.selection.head)));
  }

  focus(): void {
    this.editor.view.dom.focus({ preventScroll: true });
  }

  private readonly reportSelection = (): void => {
    const span = this.currentSelection();
    if (span?.start === this.lastSpan?.start && span?.end === this.lastSpan?.end) return;
    this.lastSpan = span;
    this.callbacks.onSelectionChange(span);
  };

  /**
   * A selection made with Ctrl (Cmd) held, read from the page's selection: at mouseup the browser
   * has it, while the editor learns of it only later (selectionchange).
   */
  private readonly reportModifierSelection = (event: MouseEvent): void => {
    if (!(event.ctrlKey || event.metaKey)) return;
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    const view = this.editor.view;
    if (!view.dom.contains(range.commonAncestorContainer)) return;
    const from = view.posAtDOM(range.startContainer, range.startOffset);
    const to = view.posAtDOM(range.endContainer, range.endOffset);
    const span = this.spanBetween(Math.min(from, to), Math.max(from, to));
    if (span) this.callbacks.onModifierSelection(span);
  };

  private dispatch(tr: Transaction, action: HighlightAction): void {
    this.editor.view.dispatch(tr.setMeta(highlightPluginKey, action).setMeta('addToHistory', false));
  }

  private scheduleSlice(generation: number, from: number): void {
    const run = () => {
      if (generation !== this.generation || this.editor.isDestroyed) return;
      const to = Math.min(from + SLICE_PARAGRAPHS, this.offsets.paragraphCount);
      const { state } = this.editor.view;
      const tr = state.tr.insert(state.doc.content.size, buildParagraphNodes(state.schema, this.offsets, from, to));
      this.dispatch(tr.setMeta(documentBuildKey, true), { type: 'append', loaded: to });
      this.updateWindow();
      if (to < this.offsets.paragraphCount) this.scheduleSlice(generation, to);
      else this.finish();
    };
    this.callbacks.scheduleBuildSlice(run);
  }

  private finish(): void {
    this.complete = true;
    const waiting = this.afterComplete;
    this.afterComplete = [];
    for (const fn of waiting) fn();
  }

  private readonly scheduleWindowUpdate = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.updateWindow();
    });
  };

  /** Redraws only if the viewport ± 1 screen left the drawn window; then draws ± 2 screens. */
  private updateWindow(): void {
    if (this.editor.isDestroyed) return;
    const state = highlightState(this.editor.view.state);
    const paragraphs = this.editor.view.dom.children;
    const needed = visibleParagraphs(this.scroller, paragraphs, 1);
    if (!needed) return;
    const drawn = state.window;
    if (drawn && drawn.first <= needed.first && drawn.last >= needed.last) return;
    const window: ParagraphWindow | null = visibleParagraphs(this.scroller, paragraphs, 2);
    if (window) this.dispatch(this.editor.view.state.tr, { type: 'window', window });
  }
}
