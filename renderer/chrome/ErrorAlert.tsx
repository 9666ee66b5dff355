import { useWorkbench } from '../store/workbench-store';

/** Main's message when a call fails; the live region is always there so screen readers announce it. */
export function ErrorAlert() {
  const error = useWorkbench((s) => s.error);
  const showError = useWorkbench((s) => s.showError);
  return (
    <div role="alert" className={error ? 'error-alert' : 'error-alert is-empty'}>
      {error && (
        <>
          <span className="error-alert-message">{error}</span>
          <button type="button" className="quiet-button" onClick={() => showError(null)}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
