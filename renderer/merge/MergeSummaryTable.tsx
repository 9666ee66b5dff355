import type { MergeSummary } from '../../shared/merge/merge-summary';

/** The file's name without the folders (browser mode gives names only; the CLI full paths). */
const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** What came from where: per file, its documents and annotations, per annotator in it, and the assignments it brought. */
export function MergeSummaryTable({ summary }: { summary: MergeSummary }) {
  return (
    <table className="merge-summary">
      <caption>What came from each file</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Documents new</th>
          <th scope="col">Documents matched</th>
          <th scope="col">Annotations added</th>
          <th scope="col">Already there</th>
          <th scope="col">Annotators</th>
          <th scope="col">Assignments</th>
        </tr>
      </thead>
      <tbody>
        {summary.files.map((f, i) => (
          <tr key={`${i}:${f.file}`}>
            <th scope="row">{baseName(f.file)}</th>
            <td>{f.documents.added}</td>
            <td>{f.documents.matched}</td>
            <td>{f.annotations.added}</td>
            <td>{f.annotations.alreadyThere}</td>
            <td>
              {f.annotators.length === 0
                ? 'none'
                : f.annotators.map((a) => `${a.annotator || '(none)'}: ${a.added} added`).join('; ')}
            </td>
            <td>
              {f.assignments.added} new, {f.assignments.finished} finished
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
