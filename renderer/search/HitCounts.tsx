import type { DocumentHitCount } from '../../shared/search/search-request';

/** How many hits each document has, in document order. */
export function HitCounts({ documents }: { documents: readonly DocumentHitCount[] }) {
  if (documents.length === 0) return null;
  return (
    <ul className="hit-counts" aria-label="Hits per document">
      {documents.map((d) => (
        <li key={d.documentId} className="hit-count" title={d.title}>
          <span className="hit-count-title">{d.title}</span>
          <span className="panel-count">{d.hits}</span>
        </li>
      ))}
    </ul>
  );
}
