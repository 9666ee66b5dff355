import { CallFailed } from '../bridge/tagwright-client';
import { useWorkbench } from './workbench-store';

/** Runs a command and shows main's message in the alert region if it fails; resolves to undefined then. */
export async function reportFailure<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    useWorkbench.getState().showError(message, error instanceof CallFailed ? error.error : undefined);
    return undefined;
  }
}
