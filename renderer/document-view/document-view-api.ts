import type { ReactNode } from 'react';
import type { Annotation, Label } from '../../shared/model';
import type { TextSpan } from '../../shared/text/text-span';
import type { AnnotationsEdit } from '../store/annotations-edit';
import type { DrawnSuggestions } from './drawn-suggestions';

export type { AnnotationsEdit, DrawnSuggestions, TextSpan };

/** What the workspace hands the document view. */
export interface DocumentViewProps {
  documentId: string;
  text: string;
  /** All the document's annotations: drawn in full when the document loads (or an edit was missed). */
  annotations: readonly Annotation[];
  /** The latest change to `annotations` (null before the first): only its annotations are redrawn. */
  annotationsEdit: AnnotationsEdit | null;
  labels: readonly Label[];
  selectedAnnotationId: string | null;
  /** Called when the user clicks a highlight (the innermost one under the pointer) or clicks plain text (null). */
  onSelectAnnotation: (annotationId: string | null) => void;
  /**
   * The document's suggestions and the focused one (default: none): drawn with a dashed outline,
   * apart from the annotations. They are acted on from the suggestions panel; a click in the text
   * places the caret as anywhere else.
   */
  suggestions?: DrawnSuggestions;
  /** Called when the text selection changes: its span, already trimmed of surrounding whitespace, or null. */
  onSelectionChange: (span: TextSpan | null) => void;
  /**
   * Called when a mouse selection ends with Ctrl (Cmd on a Mac) held: its span, trimmed and snapped
   * as any selection is (the pane adds it to the selected annotation as one more piece).
   */
  onModifierSelection?: (span: TextSpan) => void;
  /** Snap new selections to word boundaries (a preference). */
  snapToWords: boolean;
  /**
   * A span to select, scroll to and focus, once per new value (a search hit jumped to); ignored
   * unless it is of this document.
   */
  spanToReveal?: (TextSpan & { documentId: string }) | null;
  /**
   * Runs each slice of the progressive build (GUIDE §6) when it chooses. Default: in the page's
   * idle time (requestIdleCallback, at most 200 ms late). The document-view demo page passes one
   * that can hold the build, so its test acts while the document is, for certain, still being built.
   */
  scheduleBuildSlice?: BuildSliceScheduler;
  /**
   * Drawn inside the scroller after the text, so it scrolls with it (the arc layer: an
   * absolutely positioned overlay that finds the highlights itself).
   */
  children?: ReactNode;
}

/** Calls `slice` once, later: when the next slice of a progressive build runs. */
export type BuildSliceScheduler = (slice: () => void) => void;

/** Imperative handle for the workspace (keyboard commands, the annotations panel). */
export interface DocumentViewHandle {
  /** Scrolls an annotation into view and flashes it briefly. */
  revealAnnotation(annotationId: string): void;
  /** Scrolls a suggestion into view. */
  revealSuggestion(suggestionId: string): void;
  /** The current selection as a trimmed (and, if asked, word-snapped) span, or null. */
  currentSelection(): TextSpan | null;
  /** The caret's text offset when nothing is selected; null with a selection (or no text). */
  caretOffset(): number | null;
  /** Clears the text selection (after a label was applied). */
  clearSelection(): void;
  /** Gives keyboard focus to the text. */
  focus(): void;
}
