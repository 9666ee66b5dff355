import type {
  Annotation,
  Assignment,
  Equivalence,
  Relation,
  TagwrightDocument,
  TagwrightEvent,
} from '../../shared/model';
import type { AnnotatorIdentity, Preferences } from '../../shared/ipc/contract';
import type { CallError } from '../../shared/ipc/result';
import type {
  DocumentSummary,
  DocumentWithAnnotations,
  ImportReport,
  ProjectChange,
  ProjectChangeEvent,
  SaveState,
  SessionState,
  WindowId,
} from '../../shared/ipc/views';
import type { TextSpan } from '../../shared/text/text-span';
import type { Suggestion } from '../../shared/suggest/suggestion';
import type { ConcordanceOrder, CoverageFilter } from '../../shared/search/concordance-order';
import type { SearchRequestInput, SearchResults } from '../../shared/search/search-request';
import type { AnnotationsEdit } from './annotations-edit';
import type { EntityOverview } from '../../shared/ipc/entity-views';
import type { LinkSession } from './link-session';
import type { SyncStatus } from '../../shared/ipc/sync-views';

// The store's shape, declared apart from the slices that fill it: each slice reads the whole
// state (WorkbenchState), so the shape cannot live in the slices without an import cycle.

/** The renderer's whole state: eight small slices, one store. */
export type WorkbenchState = SessionSlice &
  DocumentsSlice &
  CurrentDocumentSlice &
  ProjectChangeSlice &
  SuggestionsSlice &
  UiSlice &
  SearchSlice &
  EntitiesSlice &
  TeamSlice &
  AssignmentsSlice &
  LinkSlice &
  SyncSlice;

/** Team work: who this user is (asked on first run), the merge, hand-out and curation dialogs. */
export interface TeamSlice {
  /** Null until main said (at start-up). */
  identity: AnnotatorIdentity | null;
  /** The name dialog, opened by hand (Toolbar: "You: …"); on first run it opens itself. */
  identityOpen: boolean;
  mergeOpen: boolean;
  handoutOpen: boolean;
  /** The Curation view of the open document (renderer/curation/). */
  curationOpen: boolean;
  /** Labelling writes to the gold layer (the curator's switch, Ctrl+Shift+G): createAnnotation with layer 'gold'. */
  writingToGold: boolean;
  setIdentity(identity: AnnotatorIdentity): void;
  setIdentityOpen(open: boolean): void;
  setMergeOpen(open: boolean): void;
  setHandoutOpen(open: boolean): void;
  setCurationOpen(open: boolean): void;
  setWritingToGold(on: boolean): void;
}

/** Team sync from the app: what main's sync is doing (its syncStatus events), and the Sync dialog. */
export interface SyncSlice {
  /** Null until main said (the first event, or the dialog's read). */
  syncStatus: SyncStatus | null;
  syncOpen: boolean;
  setSyncStatus(status: SyncStatus): void;
  setSyncOpen(open: boolean): void;
}

/** The session as main reports it, and the user's preferences. */
export interface SessionSlice {
  session: SessionState | null;
  preferences: Preferences;
  setSession(session: SessionState): void;
  setSaveState(saveState: SaveState): void;
  setPreferences(preferences: Preferences): void;
}

/** The project's document list and its title filter. */
export interface DocumentsSlice {
  documents: DocumentSummary[];
  documentsLoaded: boolean;
  documentFilter: string;
  setDocuments(documents: DocumentSummary[]): void;
  setDocumentFilter(text: string): void;
}

export interface CurrentDocument {
  document: TagwrightDocument;
  /** In text order. */
  annotations: readonly Annotation[];
  /** Relations from or to this document's annotations. */
  relations: readonly Relation[];
  /** This document's events and equivalence groups (drawn by issue 14's views; kept current here). */
  events: readonly TagwrightEvent[];
  equivalences: readonly Equivalence[];
  /** The last change to `annotations`, for the document view to redraw only that (null since opening). */
  lastEdit: AnnotationsEdit | null;
}

/** The one document open in the view, with its annotations. */
export interface CurrentDocumentSlice {
  current: CurrentDocument | null;
  openingDocumentId: string | null;
  setOpening(documentId: string | null): void;
  setCurrent(loaded: DocumentWithAnnotations): void;
  /** The open document read again (the events that changed it were missed); ignored if another is open now. */
  refreshCurrent(loaded: DocumentWithAnnotations): void;
}

/**
 * Main's changes to the open project, each applied exactly once: the calling window applies its
 * call's result and ignores the projectChanged event that names it; other windows apply the event.
 */
export interface ProjectChangeSlice {
  /** The id main knows this window by (getWindowId), null until known. */
  windowId: WindowId | null;
  /**
   * How many changes this window has applied, its own and other windows': what is derived from the
   * whole project in main (the open document's suggestions) is fetched again when it moves.
   */
  appliedChanges: number;
  /** Moves with each applied change that may alter the entities or their counts (entities-may-have-moved.ts). */
  entityRevision: number;
  setWindowId(windowId: WindowId | null): void;
  /** Applies the change main answered one of this window's calls with. */
  applyProjectChange(change: ProjectChange): void;
  /** Applies a projectChanged event, unless this window caused it (its call's result was applied). */
  receiveProjectChange(event: ProjectChangeEvent): void;
}

/** The open document's suggestions as main computed them: shown apart, never saved until accepted. */
export interface SuggestionsSlice {
  /** For one document (the one open when they were asked for), in text order; null before the first answer. */
  suggestions: { documentId: string; list: readonly Suggestion[] } | null;
  /** The suggestion the keys act on: outlined in the text, focused in the panel. */
  focusedSuggestionId: string | null;
  suggestionSettingsOpen: boolean;
  setSuggestions(documentId: string, list: readonly Suggestion[]): void;
  /** Takes suggestions out of the list at once (accepted or rejected), before main's next answer. */
  dropSuggestions(ids: ReadonlySet<string>): void;
  focusSuggestion(id: string | null): void;
  setSuggestionSettingsOpen(open: boolean): void;
}

/** What the user is pointing at and which panels are open: never sent to main. */
export interface UiSlice {
  selectedAnnotationId: string | null;
  selectionSpan: TextSpan | null;
  /** The annotation whose note editor is open. */
  noteEditorFor: string | null;
  /** The annotation whose attribute editor is open. */
  attributeEditorFor: string | null;
  /** Show only this label's annotations in the panel (null: all). */
  labelFilter: string | null;
  error: string | null;
  /** The failed call behind `error`, when main said more than a message (a lock, a damaged file). */
  failure: CallError | null;
  importReport: ImportReport | null;
  aboutOpen: boolean;
  /** File → Export is open. */
  exportOpen: boolean;
  /** File → Restore from Backup is open. */
  backupsOpen: boolean;
  /** The agreement dialog is open. */
  agreementOpen: boolean;
  /** The schema editor is open (renderer/schema/). */
  schemaEditorOpen: boolean;
  /** The help panel (labels, their keys and guidelines) is open. */
  helpOpen: boolean;
  selectAnnotation(id: string | null): void;
  setSelectionSpan(span: TextSpan | null): void;
  openNoteEditor(id: string | null): void;
  openAttributeEditor(id: string | null): void;
  setLabelFilter(label: string | null): void;
  showError(message: string | null, failure?: CallError): void;
  setBackupsOpen(open: boolean): void;
  showImportReport(report: ImportReport | null): void;
  setAboutOpen(open: boolean): void;
  setExportOpen(open: boolean): void;
  setAgreementOpen(open: boolean): void;
  setSchemaEditorOpen(open: boolean): void;
  setHelpOpen(open: boolean): void;
}

/** A span the document view selects and scrolls to once per jump (a search hit): each jump is a new object. */
export interface SpanToReveal extends TextSpan {
  documentId: string;
}

/** The search view: the last search and its results, what is selected in the concordance, how it is shown. */
export interface SearchSlice {
  searchOpen: boolean;
  /** Bumped to ask the search view to focus its query box (Ctrl+Shift+F while it is open). */
  searchFocusRequest: number;
  /** The search the results are for (null before the first). */
  searchRequest: SearchRequestInput | null;
  searchResults: SearchResults | null;
  searching: boolean;
  /** Why the last search or labelling failed (said in the search view, not the page's alert). */
  searchError: string | null;
  /** What the last labelling or CSV export did. */
  searchNotice: string | null;
  /** Selected hits, by hitKey. */
  selectedHits: ReadonlySet<string>;
  concordanceOrder: ConcordanceOrder;
  coverageFilter: CoverageFilter;
  spanToReveal: SpanToReveal | null;
  openSearch(): void;
  closeSearch(): void;
  startSearch(request: SearchRequestInput): void;
  /** The results of the search started last (an older answer is dropped), or why it failed. */
  finishSearch(request: SearchRequestInput, outcome: { results: SearchResults } | { error: string }): void;
  setSelectedHits(keys: ReadonlySet<string>): void;
  setConcordanceView(view: { order?: ConcordanceOrder; coverage?: CoverageFilter }): void;
  setSearchNotice(notice: string | null, error?: string | null): void;
  revealSpan(span: SpanToReveal): void;
}

/** Canonical entities: the list main counted (read again after every change), the Entities view, the link key. */
export interface EntitiesSlice {
  entitiesOpen: boolean;
  entityOverviews: EntityOverview[];
  /** The L key asked the annotation's row to focus its entity box; a new object per press. */
  entityLinkRequest: { annotationId: string; count: number } | null;
  openEntities(): void;
  closeEntities(): void;
  setEntityOverviews(overviews: EntityOverview[]): void;
  requestEntityLink(annotationId: string): void;
}

/** Documents assigned to annotators (the whole list, as main last said), the list's "Mine" filter and the Progress view. */
export interface AssignmentsSlice {
  assignments: Assignment[];
  /** The document list shows only the documents assigned to this user. */
  mineOnly: boolean;
  progressOpen: boolean;
  setAssignments(assignments: Assignment[]): void;
  setMineOnly(mineOnly: boolean): void;
  setProgressOpen(open: boolean): void;
}

/** Link mode (a relation or an event role made from the keyboard) and what it last said. */
export interface LinkSlice {
  /** Null when link mode is off. */
  linking: LinkSession | null;
  /** Said in the link bar's live region: what was linked, or why nothing can be. */
  linkNotice: string;
  setLinking(session: LinkSession | null): void;
  setLinkNotice(notice: string): void;
}
