import type { SaveState } from '../../shared/ipc/views';
import { selectReadOnly, useWorkbench } from '../store/workbench-store';
import { SyncIndicator } from '../sync/SyncIndicator';
import { GoldWritingSwitch } from '../curation/GoldWritingSwitch';

function describeSaveState(state: SaveState | undefined): string {
  if (!state || state.state === 'saved') return 'Saved';
  if (state.state === 'saving') return 'Saving…';
  return `Not saved: ${state.message}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Project name, save state and counts, along the bottom. */
export function StatusBar() {
  const projectName = useWorkbench((s) => s.session?.project?.name ?? '');
  const saveState = useWorkbench((s) => s.session?.saveState);
  const documentCount = useWorkbench((s) => s.documents.length);
  const projectAnnotations = useWorkbench((s) => s.session?.project?.annotationCount ?? 0);
  const documentAnnotations = useWorkbench((s) => s.current?.annotations.length ?? null);
  const readOnly = useWorkbench(selectReadOnly);
  const backupProblem = useWorkbench((s) => s.session?.backupProblem ?? null);

  return (
    <footer className="status-bar">
      <span className="status-project">{projectName}</span>
      {readOnly && <span className="status-read-only">Read-only</span>}
      <span role="status" className={`status-save status-save-${saveState?.state ?? 'saved'}`}>
        {describeSaveState(saveState)}
      </span>
      {backupProblem && (
        <span role="alert" className="status-backup-problem" title={backupProblem}>
          {backupProblem}
        </span>
      )}
      {projectName && <SyncIndicator />}
      {projectName && <GoldWritingSwitch />}
      <span className="status-counts">
        {plural(documentCount, 'document', 'documents')}
        {documentAnnotations !== null && <> · {plural(documentAnnotations, 'annotation', 'annotations')} here</>}
        {' · '}
        {plural(projectAnnotations, 'annotation', 'annotations')} in the project
      </span>
    </footer>
  );
}
