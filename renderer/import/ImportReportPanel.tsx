import { useWorkbench } from '../store/workbench-store';

/** What the last import did, file by file, until the user dismisses it. */
export function ImportReportPanel() {
  const report = useWorkbench((s) => s.importReport);
  const showImportReport = useWorkbench((s) => s.showImportReport);
  if (!report) return null;
  const { imported, duplicates, problems } = report;

  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <div className="import-report-head">
        <h2 id="import-report-title">
          Imported {imported.length} {imported.length === 1 ? 'document' : 'documents'}
          {duplicates.length > 0 && `, ${duplicates.length} already in the project`}
          {problems.length > 0 && `, ${problems.length} not imported`}
        </h2>
        <button type="button" className="quiet-button" onClick={() => showImportReport(null)}>
          Dismiss import report
        </button>
      </div>
      <ul className="import-report-list">
        {imported.map((f) => (
          <li key={`i-${f.fileName}`}>
            <span className="import-tag import-tag-ok">Imported</span> {f.fileName} as “{f.title}”
          </li>
        ))}
        {duplicates.map((f) => (
          <li key={`d-${f.fileName}`}>
            <span className="import-tag import-tag-same">Already there</span> {f.fileName} is “{f.existingTitle}”
          </li>
        ))}
        {problems.map((p, i) => (
          <li key={`p-${i}-${p.fileName}`}>
            <span className="import-tag import-tag-problem">Problem</span> {p.fileName}
            {p.line !== undefined && `, line ${p.line}`}: {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
