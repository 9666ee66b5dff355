import type { CorpusImportReport } from '../../service/corpus-import';

/** Where a problem is: the file, and its line when it has one. */
const placeOf = (p: { fileName: string; line?: number }) => `${p.fileName}${p.line ? `:${p.line}` : ''}`;

/** Problems of both kinds an import meets: plain documents that could not be read, and corpus lines. */
export function importProblems(report: CorpusImportReport) {
  return [...report.documents.problems, ...report.problems];
}

/** How much the import brought in: plain documents, corpus documents and annotations (0: nothing). */
export function broughtIn(report: CorpusImportReport): number {
  return report.documents.imported.length + report.totals.annotations + report.totals.documents;
}

/** The import's report for scripts (`--json`). */
export function importReportJson(report: CorpusImportReport, projectPath: string) {
  const { documents } = report;
  return {
    project: projectPath,
    applied: report.applied,
    imported: documents.imported,
    duplicates: documents.duplicates,
    skipped: report.skipped,
    problems: importProblems(report),
    warnings: report.warnings,
    files: report.files,
    addedLabels: report.addedLabels,
    addedRelationTypes: report.addedRelationTypes,
    addedEventTypes: report.addedEventTypes,
    addedEquivalenceTypes: report.addedEquivalenceTypes,
    totals: report.totals,
  };
}

/** The import's report for people: a summary line, then one line per file, problem and warning. */
export function importReportText(report: CorpusImportReport, projectPath: string): string {
  const { documents, totals } = report;
  return [
    report.applied
      ? `Imported ${totals.documents} document(s), ${totals.annotations} annotation(s), ${totals.relations} relation(s)${eventsAndGroups(totals)} into ${projectPath}`
      : `Nothing was imported into ${projectPath}: ${importProblems(report).length} problem(s) (use --partial to import the rest)`,
    ...documents.imported.map((f) => `  + ${f.fileName} → "${f.title}"`),
    ...report.files.map(
      (f) =>
        `  + ${f.fileName} (${f.format}): ${f.documents} new document(s)${f.existingDocuments ? `, ${f.existingDocuments} already in the project` : ''}, ${f.annotations} annotation(s), ${f.relations} relation(s)${eventsAndGroups(f)}${f.duplicateAnnotations ? `, ${f.duplicateAnnotations} duplicate annotation(s) skipped` : ''}`,
    ),
    ...(report.addedLabels.length ? [`  added labels: ${report.addedLabels.join(', ')}`] : []),
    ...(report.addedRelationTypes.length ? [`  added relation types: ${report.addedRelationTypes.join(', ')}`] : []),
    ...(report.addedEventTypes.length ? [`  added event types: ${report.addedEventTypes.join(', ')}`] : []),
    ...(report.addedEquivalenceTypes.length
      ? [`  added equivalence types: ${report.addedEquivalenceTypes.join(', ')}`]
      : []),
    ...documents.duplicates.map((d) => `  = ${d.fileName}: same text as "${d.existingTitle}", skipped`),
    ...report.skipped.map((s) => `  - ${s.fileName}: skipped, ${s.reason}`),
    ...importProblems(report).map((p) => `  ! ${placeOf(p)}: ${p.message}`),
    ...report.warnings.map((p) => `  ~ ${placeOf(p)}: ${p.message}`),
  ].join('\n');
}

/** ", 14 event(s), 2 equivalence group(s)" when there are some (most formats have none). */
function eventsAndGroups(counts: { events: number; equivalences: number }): string {
  return `${counts.events ? `, ${counts.events} event(s)` : ''}${counts.equivalences ? `, ${counts.equivalences} equivalence group(s)` : ''}`;
}

/** Why the import ended with nothing brought in, for the exit line; null when it brought something in. */
export function importFailure(report: CorpusImportReport): string | null {
  const problems = importProblems(report);
  if (report.applied && (broughtIn(report) > 0 || problems.length === 0)) return null;
  const first = problems[0]!;
  return `Nothing was imported: ${problems.length} problem(s), first: ${placeOf(first)}: ${first.message}`;
}
