import { useEffect } from 'react';
import { refreshEntities } from '../store/entity-commands';
import { useWorkbench } from '../store/workbench-store';

/** Reads the entities again when a project opens and after a change that may alter them (not after every edit). */
export function useEntityRefresh(): void {
  const projectId = useWorkbench((s) => s.session?.project?.id ?? null);
  const entityRevision = useWorkbench((s) => s.entityRevision);
  useEffect(() => {
    if (projectId) void refreshEntities();
  }, [projectId, entityRevision]);
}
