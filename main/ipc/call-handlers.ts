import type { CallName, CallOutput, ParsedCallInput } from '../../shared/ipc/contract';
import type { WindowId } from '../../shared/ipc/views';
import { TagwrightError } from '../../shared/ipc/result';
import type { ProjectService } from '../service/project-service';
import type { DialogPort } from './dialog-port';
import { ExportRunner } from '../service/export-runner';
import { entityHandlers } from './entity-handlers';
import { curationHandlers } from './curation-handlers';
import { syncHandlers } from './sync-handlers';
import { assignmentHandlers } from './assignment-handlers';

/**
 * One handler per contract call: a missing or misspelled one does not compile. `origin` is the
 * window that made the call (null when unknown): the change a call makes is announced with it.
 */
export type CallHandlers = {
  [K in CallName]: (input: ParsedCallInput<K>, origin: WindowId | null) => Promise<CallOutput<K>> | CallOutput<K>;
};

/** Binds every contract call to the service. Electron, browser mode and tests all use this table. */
export function createCallHandlers(service: ProjectService, dialogs: DialogPort): CallHandlers {
  return {
    getSession: () => service.session(),
    getWindowId: (_input, origin) => origin,
    openSampleProject: () => service.openSampleProject(),
    createProject: async ({ name }) => {
      const path = await dialogs.chooseNewProjectPath(name);
      return path === null ? null : service.createProject(path, name);
    },
    openProject: async () => {
      const path = await dialogs.chooseProjectToOpen();
      return path === null ? null : service.openProject(path);
    },
    openRecentProject: async ({ path }) => {
      if (!service.settings.recent.some((r) => r.path === path)) {
        throw new TagwrightError('forbidden', `${path} is not in the list of recent projects.`);
      }
      if (dialogs.isAllowedPath && !(await dialogs.isAllowedPath(path))) {
        throw new TagwrightError('forbidden', `${path} is outside the folders allowed on the command line.`);
      }
      return service.openProject(path);
    },
    listProjectFiles: async () => (dialogs.listProjectFiles ? dialogs.listProjectFiles() : null),
    openProjectFile: async ({ path }) => {
      const offered = dialogs.listProjectFiles ? await dialogs.listProjectFiles() : [];
      if (!offered.some((f) => f.path === path)) {
        throw new TagwrightError('forbidden', `${path} is not one of the project files this window may open.`);
      }
      return service.openProject(path);
    },
    saveProjectAs: async () => {
      const current = service.projectPath;
      if (current === null) throw new TagwrightError('no-project', 'No project is open.');
      const path = await dialogs.chooseSaveAsPath(current);
      return path === null ? null : service.saveProjectAs(path);
    },
    closeProject: async () => {
      await service.closeProject();
      return null;
    },
    listDocuments: () => service.listDocuments(),
    getDocument: ({ documentId }) => service.getDocument(documentId),
    setDocumentStatus: ({ documentId, status }, origin) => service.setDocumentStatus(documentId, status, origin),
    importDocumentFiles: ({ files }, origin) =>
      service.importFileContents(
        files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })),
        origin,
      ),
    chooseAndImportDocuments: async (_input, origin) => {
      const paths = await dialogs.chooseFilesToImport();
      return paths === null ? null : service.importPaths(paths, origin);
    },
    createAnnotation: (input, origin) => service.createAnnotation(input, origin),
    updateAnnotation: (input, origin) => service.updateAnnotation(input, origin),
    addFragment: (input, origin) => service.addFragment(input, origin),
    removeFragment: (input, origin) => service.removeFragment(input, origin),
    deleteAnnotation: ({ annotationId }, origin) => service.deleteAnnotation(annotationId, origin),
    ...linkCallHandlers(service),
    ...entityHandlers(service),
    ...curationHandlers(service),
    ...syncHandlers(service),
    ...assignmentHandlers(service),
    undo: (_input, origin) => service.undo(origin),
    redo: (_input, origin) => service.redo(origin),
    getPreferences: () => service.getPreferences(),
    setPreferences: (changes) => service.setPreferences(changes),
    listBackups: ({ damaged }) => service.listBackups(damaged),
    restoreBackup: ({ backupId, damaged }) => service.restoreBackup(backupId, damaged),
    reloadProject: () => service.reloadProject(),
    openLockedProject: ({ access }) => service.openLockedProject(access),
    ...exportCallHandlers(service, dialogs),
    ...teamCallHandlers(service, dialogs),
    ...suggestionCallHandlers(service),
    ...schemaCallHandlers(service),
    ...agreementCallHandlers(service, dialogs),
    ...searchCallHandlers(service, dialogs),
  };
}

type LinkCalls =
  | 'createRelation'
  | 'deleteRelation'
  | 'createEvent'
  | 'updateEvent'
  | 'deleteEvent'
  | 'createEquivalence'
  | 'deleteEquivalence';

/** What links annotations: relations, events and their roles, equivalence groups. */
function linkCallHandlers(service: ProjectService): Pick<CallHandlers, LinkCalls> {
  return {
    createRelation: (input, origin) => service.createRelation(input, origin),
    deleteRelation: ({ relationId }, origin) => service.deleteRelation(relationId, origin),
    createEvent: (input, origin) => service.createEvent(input, origin),
    updateEvent: (input, origin) => service.updateEvent(input, origin),
    deleteEvent: ({ eventId }, origin) => service.deleteEvent(eventId, origin),
    createEquivalence: (input, origin) => service.createEquivalence(input, origin),
    deleteEquivalence: ({ equivalenceId }, origin) => service.deleteEquivalence(equivalenceId, origin),
  };
}

type SchemaCalls = 'updateSchema' | 'deleteLabel' | 'setDocumentAttributes';

/** The schema editor's calls, and the document attributes the schema declares. */
function schemaCallHandlers(service: ProjectService): Pick<CallHandlers, SchemaCalls> {
  return {
    updateSchema: ({ schema }, origin) => service.updateSchema(schema, origin),
    deleteLabel: (input, origin) => service.deleteLabel(input, origin),
    setDocumentAttributes: ({ documentId, attributes }, origin) =>
      service.setDocumentAttributes(documentId, attributes, origin),
  };
}

type SuggestionCalls = 'getSuggestions' | 'acceptSuggestions' | 'rejectSuggestion';

/** The suggestion calls: computed and changed in main, like every project operation. */
function suggestionCallHandlers(service: ProjectService): Pick<CallHandlers, SuggestionCalls> {
  return {
    getSuggestions: ({ documentId }) => service.getSuggestions(documentId),
    acceptSuggestions: ({ documentId, suggestions }, origin) =>
      service.acceptSuggestions(documentId, suggestions, origin),
    rejectSuggestion: (rejection, origin) => service.rejectSuggestion(rejection, origin),
  };
}

/** The agreement report, and the report written where exports go. */
function agreementCallHandlers(
  service: ProjectService,
  dialogs: DialogPort,
): Pick<CallHandlers, 'measureAgreement' | 'exportAgreementReport'> {
  return {
    measureAgreement: (options) => service.measureAgreement(options),
    exportAgreementReport: async ({ format, ...options }) => {
      if (!dialogs.chooseExportDestination) {
        throw new TagwrightError('forbidden', 'Reports cannot be written from this window.');
      }
      const suggested = `${service.session().project?.name ?? 'project'} agreement.${format}`;
      const out = await dialogs.chooseExportDestination(format, 'file', suggested);
      if (out === null) return null;
      const written = await service.exportAgreementReport(format, options, out);
      return { ...written, ...dialogs.exportDelivery?.(out) };
    },
  };
}

type SearchCalls = 'searchCorpus' | 'labelSearchHits' | 'exportConcordance';

/** Corpus search, labelling its hits, and its concordance written where exports go. */
function searchCallHandlers(service: ProjectService, dialogs: DialogPort): Pick<CallHandlers, SearchCalls> {
  return {
    searchCorpus: (request) => service.searchCorpus(request),
    labelSearchHits: (input, origin) => service.labelSearchHits(input, origin),
    exportConcordance: async ({ search, order, coverage }) => {
      if (!dialogs.chooseExportDestination) {
        throw new TagwrightError('forbidden', 'Exports cannot be written from this window.');
      }
      const suggested = `${service.session().project?.name ?? 'corpus'} search.csv`;
      const out = await dialogs.chooseExportDestination('csv', 'file', suggested);
      if (out === null) return null;
      const written = await service.exportConcordance(search, { order, coverage }, out);
      return { ...written, ...dialogs.exportDelivery?.(out) };
    },
  };
}

type ExportCalls = 'exportCorpus' | 'listExportLayers' | 'cancelExport' | 'showExportedFiles';

/** The export calls, sharing one ExportRunner (one export at a time, the last one remembered). */
function exportCallHandlers(service: ProjectService, dialogs: DialogPort): Pick<CallHandlers, ExportCalls> {
  const exportRunner = new ExportRunner(service, (progress) => service.events.emit('exportProgress', progress));
  return {
    exportCorpus: async (request) => {
      if (!dialogs.chooseExportDestination) {
        throw new TagwrightError('forbidden', 'Exports cannot be written from this window.');
      }
      // Several annotators kept apart may make a folder of a one-file format: ask for what will be written.
      const layout = service.exportLayout(request);
      const suggested = `${service.session().project?.name ?? 'corpus'}${layout.output === 'file' ? layout.extension : ''}`;
      const out = await dialogs.chooseExportDestination(request.format, layout.output, suggested);
      if (out === null) return null;
      const summary = await exportRunner.run(request, out);
      return { ...summary, ...dialogs.exportDelivery?.(out) };
    },
    listExportLayers: () => service.exportLayerChoices(),
    cancelExport: () => exportRunner.cancel(),
    showExportedFiles: async () => {
      const last = exportRunner.last;
      if (!last) throw new TagwrightError('not-found', 'Nothing has been exported yet.');
      await dialogs.showItemInFolder?.(last.files[0] ?? last.path);
      return last.files;
    },
  };
}

type TeamCalls = 'getIdentity' | 'setAnnotatorName' | 'mergeProjectFiles' | 'handOutProject';

/** Team work's calls (docs/team.md): who annotates, merging annotators' files, their copies. */
function teamCallHandlers(service: ProjectService, dialogs: DialogPort): Pick<CallHandlers, TeamCalls> {
  return {
    getIdentity: () => service.identity(),
    setAnnotatorName: ({ name }) => service.setAnnotatorName(name),
    mergeProjectFiles: ({ files, resolutions }, origin) => service.mergeProjectContents(files, resolutions, origin),
    handOutProject: (input) => handOutAsked(service, dialogs, input),
  };
}

/** Export for annotator…: the shell asks where (a name suggested from the project and the annotator), then the service writes. */
async function handOutAsked(
  service: ProjectService,
  dialogs: DialogPort,
  { annotator, documentIds, gold, assigned }: ParsedCallInput<'handOutProject'>,
): Promise<CallOutput<'handOutProject'>> {
  const project = service.session().project;
  if (!project) throw new TagwrightError('no-project', 'Open a project first.');
  if (!dialogs.chooseHandoutPath) throw new TagwrightError('forbidden', 'Copies for annotators are not offered here.');
  const path = await dialogs.chooseHandoutPath(`${project.name} — ${annotator}`);
  if (path === null) return null;
  const documents = assigned === true ? 'assigned' : (documentIds ?? 'all');
  return service.handOut(path, { annotator, documents, gold: gold === true });
}
