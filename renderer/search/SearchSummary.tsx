import type { ConcordanceExport } from '../../shared/ipc/views';
import { useWorkbench } from '../store/workbench-store';

const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;

/** The search view's status line: how many hits where, what labelling did, where the CSV went. */
export function SearchSummary({ shown, exported }: { shown: number; exported: ConcordanceExport | null }) {
  const results = useWorkbench((s) => s.searchResults);
  const searching = useWorkbench((s) => s.searchResults === null && s.searching);
  const notice = useWorkbench((s) => s.searchNotice);
  let summary = '';
  if (searching) summary = 'Searching…';
  else if (results) {
    summary = `${plural(results.total, 'hit')} in ${plural(results.documents.length, 'document')}.`;
    if (results.truncated) summary += ` The first ${plural(results.hits.length, 'hit')} are listed.`;
    if (shown < results.hits.length) summary += ` ${shown.toLocaleString('en')} shown.`;
  }
  return (
    <div className="search-summary">
      <p role="status">
        {summary} {notice}
      </p>
      {exported && (
        <p role="status" className="search-export">
          Exported {plural(exported.rows, 'row')} as CSV
          {exported.download ? (
            <>
              :{' '}
              <a href={exported.download.url} download={exported.download.fileName}>
                Download {exported.download.fileName}
              </a>
            </>
          ) : (
            <>
              {' '}
              {exported.onServer ? 'on the server, ' : ''}to {exported.path}
            </>
          )}
        </p>
      )}
    </div>
  );
}
