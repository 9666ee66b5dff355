import { z } from 'zod';
import { EXPORT_DOCUMENT_CHOICES, type ExportLayerChoice, type ExportProgress } from '../formats/export-job';
import { FORMAT_NAMES } from '../formats/format-facts';
import {
  annotationSchemaSchema,
  documentStatusSchema,
  idSchema,
  attributeMapSchema,
  eventArgumentSchema,
  noteSchema,
  EQUIVALENCE_MAX_MEMBERS,
  ENTITY_NAME_MAX_LENGTH,
  EVENT_MAX_ARGUMENTS,
  fragmentSchema,
  MAX_FRAGMENTS,
  PROJECT_NAME_MAX_LENGTH,
  SOURCE_FILE_NAME_MAX_LENGTH,
  suggestionRejectionSchema,
  annotatorSchema,
  annotatorNameSchema,
  curationStatusSchema,
  type Annotator,
  type Assignment,
} from '../model';
import { suggestionSettingsSchema } from '../suggest/suggestion-settings';
import type {
  BackupInfo,
  DocumentSuggestions,
  DocumentSummary,
  DocumentWithAnnotations,
  ConcordanceExport,
  ExportOutcome,
  ImportOutcome,
  MenuCommand,
  ProjectFileChoice,
  ProjectChange,
  ProjectChangeEvent,
  ProjectOnDiskChange,
  ProjectSummary,
  ReportFile,
  SaveState,
  SessionState,
  WindowId,
} from './views';
import type { EntityMention, EntityOverview } from './entity-views';
import type { SyncStatus } from './sync-views';
import { AGREEMENT_REPORT_FORMATS, agreementOptionsSchema } from '../agreement/agreement-options';
import type { AgreementReport } from '../agreement/agreement-report';
import { searchRequestSchema, type SearchResults } from '../search/search-request';
import { labelSearchHitsSchema, type HitsLabelled } from '../search/hit-labelling';
import { CONCORDANCE_ORDERS, COVERAGE_FILTERS } from '../search/concordance-order';
import { SCHEMA_RESOLUTIONS } from '../merge/schema-differences';
import type { HandoutSummary, MergeOutcome } from '../merge/merge-summary';
import type { CurationView } from '../curation/curation-view';
import type { ProgressReport } from '../team/progress-report';

/**
 * Every call and event that crosses the main/renderer boundary, declared once.
 * The preload, main's router, the browser-mode server and the renderer client are typed from it.
 */

/** Largest file the renderer may hand over for import (bytes, before base64). */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;
/** How many files one importDocumentFiles call may carry (the page sends more in several calls). */
export const MAX_IMPORT_CALL_FILES = 1000;

/**
 * Largest importDocumentFiles call (JSON bytes) browser mode accepts: one file at the limit as
 * base64, with room to spare. Senders batch files so each call stays under it.
 */
export const MAX_IMPORT_CALL_BYTES = 70 * 1024 * 1024;

/** How many mentions, aliases or merged entities one entity call may name. */
export const MAX_ENTITY_LIST = 10_000;
const entityNameSchema = z.string().min(1).max(ENTITY_NAME_MAX_LENGTH);

/** Longest sync server address the page may give (with its account). */
export const SYNC_URL_MAX_LENGTH = 2000;

/** How many suggestions one acceptSuggestions call may accept (all of a label in a long document). */
export const MAX_ACCEPTED_SUGGESTIONS = 10_000;

const output = <T>() => null as unknown as T;
const noInput = z.object({}).strict();

export const importFileSchema = z
  .object({
    /** Becomes the document's source file name (its base name). */
    name: z.string().min(1).max(SOURCE_FILE_NAME_MAX_LENGTH),
    /** The file's bytes, base64: every transport (Electron IPC, HTTP, Playwright) carries strings. */
    base64: z.string().max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4),
  })
  .strict();

/** How many documents one assignment call may name. */
const MAX_ASSIGNED_DOCUMENTS = 100_000;

/** How many project files one merge may take. */
export const MAX_MERGE_FILES = 100;

/** A suggestion to accept: its span and label as getSuggestions gave them, and the attributes it carried. */
const acceptedSuggestionSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    label: idSchema,
    attributes: attributeMapSchema.optional(),
  })
  .strict()
  .refine((v) => v.end > v.start, { message: 'end must be greater than start', path: ['end'] });

/** A piece of an annotation's document to add to it or take from it. */
const fragmentEditSchema = z
  .object({ annotationId: idSchema, start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .strict()
  .refine((v) => v.end > v.start, { message: 'end must be greater than start', path: ['end'] });

export const preferencesSchema = z
  .object({
    theme: z.enum(['light', 'dark']),
    snapToWords: z.boolean(),
    /** Relations and event roles drawn as arcs over the text (the panel lists them either way). */
    showArcs: z.boolean(),
    /** Which suggestion sources run and which label each kind the NLP finds becomes. */
    suggestions: suggestionSettingsSchema,
    /** Who this user is, as their edits record it (null until they say, on first run). */
    annotator: annotatorSchema.nullable(),
  })
  .strict();
export type Preferences = z.infer<typeof preferencesSchema>;

/** Who signs this user's edits, and what the first-run question suggests. */
export interface AnnotatorIdentity {
  /** Null until the user gives a name (the page then asks). */
  annotator: Annotator | null;
  /** Set on the command line (`--annotator`): the page does not ask, and cannot change it. */
  fixed: boolean;
  /** The name to offer: the one given, else the account's user name. */
  suggestedName: string;
  /**
   * This user's own id, when the open project knows them by another one (the lead added them by
   * name and handed them a copy: shared/team/identity-in-project.ts); `annotator` is then that one.
   */
  ownId?: string;
}

export const calls = {
  getSession: { input: noInput, output: output<SessionState>() },
  /** The id main knows the calling window by (null where it cannot tell): projectChanged events carry it. */
  getWindowId: { input: noInput, output: output<WindowId | null>() },
  openSampleProject: { input: noInput, output: output<ProjectSummary>() },
  /** Asks where to create the project (native dialog or its stand-in); null when cancelled. */
  createProject: {
    input: z.object({ name: z.string().trim().min(1).max(PROJECT_NAME_MAX_LENGTH) }).strict(),
    output: output<ProjectSummary | null>(),
  },
  openProject: { input: noInput, output: output<ProjectSummary | null>() },
  /** Only a path from the recent list: the page never names arbitrary files. */
  openRecentProject: {
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: output<ProjectSummary>(),
  },
  /**
   * Browser mode's stand-in for the open dialog: the project files in the folders allowed on the
   * command line. null where native dialogs exist (Electron): use openProject there.
   */
  listProjectFiles: { input: noInput, output: output<ProjectFileChoice[] | null>() },
  /** Opens a file listProjectFiles offered; any other path is refused. */
  openProjectFile: {
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: output<ProjectSummary>(),
  },
  saveProjectAs: { input: noInput, output: output<ProjectSummary | null>() },
  closeProject: { input: noInput, output: output<null>() },
  listDocuments: { input: noInput, output: output<DocumentSummary[]>() },
  getDocument: { input: z.object({ documentId: idSchema }).strict(), output: output<DocumentWithAnnotations>() },
  setDocumentStatus: {
    input: z.object({ documentId: idSchema, status: documentStatusSchema }).strict(),
    output: output<ProjectChange>(),
  },
  /** Sets a document's attributes the schema declares (documentAttributes); left out or null: unset. */
  setDocumentAttributes: {
    input: z.object({ documentId: idSchema, attributes: attributeMapSchema }).strict(),
    output: output<ProjectChange>(),
  },
  /** Imports files the user dropped or picked in the page. */
  importDocumentFiles: {
    input: z.object({ files: z.array(importFileSchema).min(1).max(MAX_IMPORT_CALL_FILES) }).strict(),
    output: output<ImportOutcome>(),
  },
  /**
   * Merges project files the page picked (shared/merge/): applied only when every schema difference
   * has a decision (`resolutions`, by difference key); otherwise nothing changes and the summary lists them.
   */
  mergeProjectFiles: {
    input: z
      .object({
        files: z.array(importFileSchema).min(1).max(MAX_MERGE_FILES),
        resolutions: z.record(z.string().max(400), z.enum(SCHEMA_RESOLUTIONS)).optional(),
      })
      .strict(),
    output: output<MergeOutcome>(),
  },
  /**
   * Export for annotator…: asks where to write (DialogPort.chooseHandoutPath), then writes an
   * annotator's copy of the open project (schema, documents, no annotations or the gold layer);
   * null when the question was cancelled.
   */
  handOutProject: {
    input: z
      .object({
        annotator: annotatorNameSchema.trim().min(1),
        documentIds: z.array(idSchema).min(1).max(1_000_000).optional(),
        gold: z.boolean().optional(),
        /** Only the documents assigned to the annotator (by id or name), with their assignments. */
        assigned: z.boolean().optional(),
      })
      .strict(),
    output: output<HandoutSummary | null>(),
  },
  /** Asks which files or folders to import (native dialog or its stand-in); null when cancelled. */
  chooseAndImportDocuments: { input: noInput, output: output<ImportOutcome | null>() },
  createAnnotation: {
    input: z
      .object({
        documentId: idSchema,
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        /** A discontinuous span's pieces; start and end are then their outer bounds. */
        fragments: z.array(fragmentSchema).min(1).max(MAX_FRAGMENTS).optional(),
        label: idSchema,
        note: noteSchema.optional(),
        attributes: attributeMapSchema.optional(),
        /** 'gold': a curator's span in the gold layer (its annotator is then `gold`). */
        layer: z.literal('gold').optional(),
      })
      .strict()
      .refine((v) => v.end > v.start, { message: 'end must be greater than start', path: ['end'] }),
    output: output<ProjectChange>(),
  },
  /** Adds a piece of text to an annotation (a discontinuous span); touching or overlapping pieces merge. */
  addFragment: { input: fragmentEditSchema, output: output<ProjectChange>() },
  /** Removes one piece (named by its exact bounds) from a discontinuous annotation; one left makes it plain. */
  removeFragment: { input: fragmentEditSchema, output: output<ProjectChange>() },
  updateAnnotation: {
    input: z
      .object({
        annotationId: idSchema,
        label: idSchema.optional(),
        note: noteSchema.optional(),
        attributes: attributeMapSchema.optional(),
      })
      .strict(),
    output: output<ProjectChange>(),
  },
  deleteAnnotation: { input: z.object({ annotationId: idSchema }).strict(), output: output<ProjectChange>() },
  /** Links two annotations with a relation type of the schema (a claim attributed to an actor). */
  createRelation: {
    input: z.object({ type: idSchema, from: idSchema, to: idSchema }).strict(),
    output: output<ProjectChange>(),
  },
  deleteRelation: { input: z.object({ relationId: idSchema }).strict(), output: output<ProjectChange>() },
  /** Marks an event on a trigger annotation (several events may share one), with role → argument pairs. */
  createEvent: {
    input: z
      .object({
        type: idSchema,
        trigger: idSchema,
        arguments: z.array(eventArgumentSchema).max(EVENT_MAX_ARGUMENTS).optional(),
        attributes: attributeMapSchema.optional(),
        note: noteSchema.optional(),
      })
      .strict(),
    output: output<ProjectChange>(),
  },
  /** Changes what is given; `arguments` replaces the whole list. */
  updateEvent: {
    input: z
      .object({
        eventId: idSchema,
        type: idSchema.optional(),
        trigger: idSchema.optional(),
        arguments: z.array(eventArgumentSchema).max(EVENT_MAX_ARGUMENTS).optional(),
        attributes: attributeMapSchema.optional(),
        note: noteSchema.optional(),
      })
      .strict(),
    output: output<ProjectChange>(),
  },
  /** Deletes an event and takes it out of the events it was an argument of. */
  deleteEvent: { input: z.object({ eventId: idSchema }).strict(), output: output<ProjectChange>() },
  /** Groups annotations of one document that name the same thing (brat's Equiv). */
  createEquivalence: {
    input: z.object({ type: idSchema, members: z.array(idSchema).min(2).max(EQUIVALENCE_MAX_MEMBERS) }).strict(),
    output: output<ProjectChange>(),
  },
  deleteEquivalence: { input: z.object({ equivalenceId: idSchema }).strict(), output: output<ProjectChange>() },
  // ── curation into the gold layer (shared/curation/, main/service/curation-edits.ts) ──
  /** One document's lanes, candidates with their states, gold spans and curation record. */
  getCuration: { input: z.object({ documentId: idSchema }).strict(), output: output<CurationView>() },
  /** Copies one annotator's version into gold (with its relations whose other end is gold). */
  acceptCandidate: {
    input: z.object({ documentId: idSchema, annotationId: idSchema }).strict(),
    output: output<ProjectChange>(),
  },
  /** Accepts every candidate all the document's annotators made alike. */
  acceptAgreed: { input: z.object({ documentId: idSchema }).strict(), output: output<ProjectChange>() },
  /** Rejects annotators' versions (remembered in the document's curation record). */
  rejectCandidate: {
    input: z.object({ documentId: idSchema, annotationIds: z.array(idSchema).min(1).max(MAX_ENTITY_LIST) }).strict(),
    output: output<ProjectChange>(),
  },
  setCurationStatus: {
    input: z.object({ documentId: idSchema, status: curationStatusSchema }).strict(),
    output: output<ProjectChange>(),
  },
  // ── canonical entities (main/service/entity-edits.ts) ──
  /** Every entity with its mentions counted per document. */
  listEntities: { input: noInput, output: output<EntityOverview[]>() },
  /** Every mention of an entity, in context. */
  getEntityMentions: { input: z.object({ entityId: idSchema }).strict(), output: output<EntityMention[]>() },
  /** A new entity of a label, linked at once to the mentions given. */
  createEntity: {
    input: z
      .object({
        name: entityNameSchema,
        label: idSchema,
        aliases: z.array(entityNameSchema).max(MAX_ENTITY_LIST).optional(),
        mentions: z.array(idSchema).max(MAX_ENTITY_LIST).optional(),
      })
      .strict(),
    output: output<ProjectChange>(),
  },
  /** Renames an entity or replaces its aliases. */
  updateEntity: {
    input: z
      .object({
        entityId: idSchema,
        name: entityNameSchema.optional(),
        aliases: z.array(entityNameSchema).max(MAX_ENTITY_LIST).optional(),
      })
      .strict(),
    output: output<ProjectChange>(),
  },
  /** Links a mention to an entity of its label; null unlinks it. */
  linkMention: {
    input: z.object({ annotationId: idSchema, entityId: idSchema.nullable() }).strict(),
    output: output<ProjectChange>(),
  },
  /** Moves every mention of `from` to `into`; their names become its aliases. */
  mergeEntities: {
    input: z.object({ into: idSchema, from: z.array(idSchema).min(1).max(MAX_ENTITY_LIST) }).strict(),
    output: output<ProjectChange>(),
  },
  /** Moves some mentions of an entity to a new entity of its label named `name`. */
  splitEntity: {
    input: z
      .object({
        entityId: idSchema,
        annotationIds: z.array(idSchema).min(1).max(MAX_ENTITY_LIST),
        name: entityNameSchema,
      })
      .strict(),
    output: output<ProjectChange>(),
  },
  /** Removes an entity; its mentions stay, unlinked. */
  deleteEntity: { input: z.object({ entityId: idSchema }).strict(), output: output<ProjectChange>() },
  // ── assignments (main/service/assignment-edits.ts; each one undoable edit) ──
  /** Assigns documents to an annotator: an id the project knows, or one given with a name (then added). */
  assignDocuments: {
    input: z
      .object({
        documentIds: z.array(idSchema).min(1).max(MAX_ASSIGNED_DOCUMENTS),
        annotator: annotatorNameSchema.trim().min(1),
        annotatorName: annotatorNameSchema.trim().min(1).optional(),
      })
      .strict(),
    output: output<ProjectChange>(),
  },
  /** Takes documents back from an annotator (each must be assigned to them). */
  unassignDocuments: {
    input: z
      .object({
        documentIds: z.array(idSchema).min(1).max(MAX_ASSIGNED_DOCUMENTS),
        annotator: annotatorNameSchema.trim().min(1),
      })
      .strict(),
    output: output<ProjectChange>(),
  },
  /** This user's word that they finished a document assigned to them (done), or take it back. */
  markAssignmentDone: {
    input: z.object({ documentId: idSchema, done: z.boolean() }).strict(),
    output: output<ProjectChange>(),
  },
  /** Every assignment of the open project. */
  listAssignments: { input: noInput, output: output<Assignment[]>() },
  /** Documents × annotators: status, counts and time spent (shared/team/progress-report.ts). */
  getProgress: { input: noInput, output: output<ProgressReport>() },
  /** Replaces the whole schema (the schema editor's Save); ids tie annotations to labels, so a rename keeps them. */
  updateSchema: { input: z.object({ schema: annotationSchemaSchema }).strict(), output: output<ProjectChange>() },
  /** Deletes a label; its annotations move to `moveTo`, refused while in use without it (the error says how many). */
  deleteLabel: {
    input: z.object({ labelId: idSchema, moveTo: idSchema.optional() }).strict(),
    output: output<ProjectChange>(),
  },
  /** The change that undid the last edit; null when there was nothing to undo. */
  undo: { input: noInput, output: output<ProjectChange | null>() },
  redo: { input: noInput, output: output<ProjectChange | null>() },
  getPreferences: { input: noInput, output: output<Preferences>() },
  /** Who signs this user's edits (null until given: the page asks on first run). */
  getIdentity: { input: noInput, output: output<AnnotatorIdentity>() },
  /** Sets (or renames) this user: their id is made once and kept, so a new name keeps their work together. */
  setAnnotatorName: {
    input: z.object({ name: annotatorNameSchema.trim().min(1) }).strict(),
    output: output<AnnotatorIdentity>(),
  },
  setPreferences: { input: preferencesSchema.partial().strict(), output: output<Preferences>() },
  /**
   * The open project's backups, newest first; with `damaged`, those of the project that last
   * failed to open (the damaged-file dialog).
   */
  listBackups: {
    input: z.object({ damaged: z.boolean().optional() }).strict(),
    output: output<BackupInfo[]>(),
  },
  /** Puts a listed backup in place of the project file (the current file is backed up first) and opens it. */
  restoreBackup: {
    input: z.object({ backupId: z.string().min(1).max(200), damaged: z.boolean().optional() }).strict(),
    output: output<ProjectSummary>(),
  },
  /** Re-reads the open project from disk after projectChangedOnDisk; unsaved changes here are dropped. */
  reloadProject: { input: noInput, output: output<ProjectSummary>() },
  /** Opens the project that last failed to open because another process holds its lock. */
  openLockedProject: {
    input: z.object({ access: z.enum(['read-only', 'take-over']) }).strict(),
    output: output<ProjectSummary>(),
  },
  /**
   * Asks where to write (DialogPort.chooseExportDestination), then exports the open project in
   * `format`, streaming, with exportProgress events; null when the question was cancelled.
   */
  exportCorpus: {
    input: z
      .object({
        format: z.enum(FORMAT_NAMES),
        documents: z.enum(EXPORT_DOCUMENT_CHOICES),
        documentIds: z.array(idSchema).max(1_000_000).optional(),
        labels: z.array(idSchema).max(1000).optional(),
        /** A form of the format (doccano: `sequence` or `relations`), checked against its facts in main. */
        form: z.string().min(1).max(40).optional(),
        /** Whose work (shared/formats/export-job.ts' ExportLayer); every annotator's when absent. */
        layer: z
          .discriminatedUnion('kind', [
            z.object({ kind: z.literal('all') }).strict(),
            z.object({ kind: z.literal('gold') }).strict(),
            z.object({ kind: z.literal('annotator'), id: annotatorNameSchema.min(1) }).strict(),
          ])
          .optional(),
      })
      .strict(),
    output: output<ExportOutcome | null>(),
  },
  /** The layers an export may take besides all: the gold layer (when it has annotations) and each annotator's. */
  listExportLayers: { input: noInput, output: output<ExportLayerChoice[]>() },
  /** Stops the running export between two chunks and removes what it wrote; false when none runs. */
  cancelExport: { input: noInput, output: output<boolean>() },
  /** Shows the last export's files in the system's file manager (a no-op without one); returns them. */
  showExportedFiles: { input: noInput, output: output<string[]>() },

  // ── suggestions (shared/suggest/, computed in main: the NLP never reaches the page) ──
  /** A document's suggestions, from the sources the preferences turn on; never saved until accepted. */
  getSuggestions: { input: z.object({ documentId: idSchema }).strict(), output: output<DocumentSuggestions>() },
  /** Accepts suggestions of one document (one, or every one of a label): their annotations, one undo step. */
  acceptSuggestions: {
    input: z
      .object({
        documentId: idSchema,
        suggestions: z.array(acceptedSuggestionSchema).min(1).max(MAX_ACCEPTED_SUGGESTIONS),
      })
      .strict(),
    output: output<ProjectChange>(),
  },
  /** Rejects one suggestion: remembered in the project file for its document, so it never comes back; undoable. */
  rejectSuggestion: { input: suggestionRejectionSchema, output: output<ProjectChange>() },

  /** How far the open project's annotators agree (shared/agreement), on the annotators, labels and documents named (all by default). */
  measureAgreement: { input: agreementOptionsSchema, output: output<AgreementReport>() },
  /** Asks where to write (as exports do), then writes the agreement report as CSV or JSON; null when cancelled. */
  exportAgreementReport: {
    input: agreementOptionsSchema.extend({ format: z.enum(AGREEMENT_REPORT_FORMATS) }).strict(),
    output: output<ReportFile | null>(),
  },
  // ── corpus search (shared/search/, run in main's search worker) ──
  /** Hits of a plain or regex query (with label, attribute and note filters) across the open project. */
  searchCorpus: { input: searchRequestSchema, output: output<SearchResults>() },
  /** Labels hits in one step (one undo): passes over those labelled the same already, reports overlaps. */
  labelSearchHits: { input: labelSearchHitsSchema, output: output<HitsLabelled>() },
  /** Asks where to write (as exports do), then writes the search's concordance as CSV; null when cancelled. */
  exportConcordance: {
    input: z
      .object({
        search: searchRequestSchema,
        order: z.enum(CONCORDANCE_ORDERS),
        coverage: z.enum(COVERAGE_FILTERS),
      })
      .strict(),
    output: output<ConcordanceExport | null>(),
  },
  // ── team sync from the app (main/sync/app-sync.ts; docs/team.md) ──
  /**
   * Syncs the open project's layer with a CouchDB-compatible server, once or live until stopped
   * (replacing a sync under way); as the curator, the gold layer and the schema too (what
   * `tagwright sync --curator` sends). `url` may hold `user:password@`: it is used, never shown
   * back, logged or remembered. A server that cannot be reached or refuses answers a status in error.
   */
  startSync: {
    input: z
      .object({
        url: z.string().min(1).max(SYNC_URL_MAX_LENGTH),
        database: z.string().max(238).optional(),
        live: z.boolean(),
        curator: z.boolean().default(false),
      })
      .strict(),
    output: output<SyncStatus>(),
  },
  /** Stops the sync (the round under way finishes, what is waiting goes up); idle when none runs. */
  stopSync: { input: noInput, output: output<SyncStatus>() },
  /** What the sync is doing, and the address the open project last synced with (offered again). */
  getSyncStatus: { input: noInput, output: output<SyncStatus>() },
} as const;

export const events = {
  /** A project was opened, closed or replaced, or the recent list or backup status changed; never sent per edit. */
  sessionChanged: output<SessionState>(),
  /** One per operation on the open project: the change its call returned, and the window that made the call. */
  projectChanged: output<ProjectChangeEvent>(),
  /** Saving started, finished or failed: on the store's own time, not per edit. */
  saveStateChanged: output<SaveState>(),
  menuCommand: output<{ command: MenuCommand }>(),
  /** The open project's file changed outside Tagwright, vanished, or its lock was taken: offer reload. */
  projectChangedOnDisk: output<ProjectOnDiskChange>(),
  /** A running export's progress, per document. */
  exportProgress: output<ExportProgress>(),
  /** The app's sync changed state (connecting, syncing, synced, offline, error, idle). */
  syncStatus: output<SyncStatus>(),
} as const;

export type CallName = keyof typeof calls;
export type CallInput<K extends CallName> = z.input<(typeof calls)[K]['input']>;
export type ParsedCallInput<K extends CallName> = z.output<(typeof calls)[K]['input']>;
export type CallOutput<K extends CallName> = (typeof calls)[K]['output'];
export type EventName = keyof typeof events;
export type EventPayload<K extends EventName> = (typeof events)[K];

export const callNames = Object.keys(calls) as CallName[];
export const eventNames = Object.keys(events) as EventName[];

/** The IPC channel of a call or event: derived, never typed by hand. */
export const callChannel = (name: CallName): string => `tagwright:call:${name}`;
export const eventChannel = (name: EventName): string => `tagwright:event:${name}`;
