import { call } from '../bridge/tagwright-client';
import { refreshDocuments } from './project-commands';
import { reportFailure } from './report-failure';
import { useWorkbench } from './workbench-store';

const store = () => useWorkbench.getState();

/**
 * After main opened a project again (read-only, taken over, reloaded, restored): the same path may
 * come back with other contents, so what we showed of the old ones is dropped first.
 */
export const adoptReopenedProject = () =>
  reportFailure(async () => {
    store().showError(null);
    const session = await call('getSession', {});
    store().setSession({ ...session, project: null });
    store().setSession(session);
    await refreshDocuments();
  });
