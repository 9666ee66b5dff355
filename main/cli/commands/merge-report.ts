import type { MergeCounts, MergeSummary, ResolvedDifference } from '../../../shared/merge/merge-summary';

const counted = (c: MergeCounts) =>
  `${c.added} added, ${c.alreadyThere} already there${c.leftOut > 0 ? `, ${c.leftOut} left out` : ''}`;

/** A schema difference in a line: what, where, and how it was settled. */
export function differenceText(d: ResolvedDifference): string {
  const what = {
    'missing-here': 'only in the merged file',
    'missing-there': 'not in the merged file',
    differs: `differs (${d.fields.join(', ')})`,
  }[d.kind];
  const settled = d.resolution === null ? 'needs a decision' : `kept: ${d.resolution}`;
  return `${d.part} "${d.name}" (${d.id}) ${what}; ${settled}`;
}

/** The merge's summary for people: per file, what came in, per annotator, and the schema's differences. */
export function mergeSummaryText(summary: MergeSummary, projectPath: string): string {
  const lines = [
    summary.applied
      ? `Merged ${summary.files.length} file${summary.files.length === 1 ? '' : 's'} into ${projectPath}`
      : `Nothing was merged into ${projectPath}: the schemas differ (choose with --schema ours|theirs|union)`,
  ];
  for (const f of summary.files) {
    lines.push(`${f.file} (${f.projectName}): documents ${f.documents.added} new, ${f.documents.matched} matched`);
    lines.push(`  annotations: ${counted(f.annotations)}`);
    for (const a of f.annotators)
      lines.push(`    ${a.annotator || '(no annotator)'}: ${a.added} added, ${a.alreadyThere} already there`);
    for (const kind of ['relations', 'events', 'equivalences', 'entities'] as const) {
      const c = f[kind];
      if (c.added + c.alreadyThere + c.leftOut > 0) lines.push(`  ${kind}: ${counted(c)}`);
    }
    const { added, finished, alreadyThere } = f.assignments;
    if (added + finished + alreadyThere > 0)
      lines.push(`  assignments: ${added} added, ${finished} marked finished, ${alreadyThere} already there`);
    for (const d of f.differences) lines.push(`  schema: ${differenceText(d)}`);
  }
  return lines.join('\n');
}
