/**
 * A modal dialog's own alert, where the failure of a command it ran is said (the page's alert
 * region is behind the modal); the search view says its failures (a bad pattern) in one too,
 * beside the query. Nothing is rendered without a message.
 */
export function DialogAlert({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="dialog-alert">
      {message}
    </p>
  ) : null;
}
