import { resolve } from 'node:path';
import { MAX_HIT_LIMIT, searchRequestSchema, type SearchResults } from '../../../shared/search/search-request';
import { pathExists } from '../../io/path-exists';
import { ProjectService } from '../../service/project-service';
import { defineCommand } from '../cli-command';
import { CliError, printResult } from '../cli-context';
import { cliErrorOf } from '../locked-project';

export const searchCommand = defineCommand({
  name: 'search',
  summary: 'Search a project: every hit in context, counts per document (plain text or a regular expression)',
  usage: [
    'tagwright search PROJECT QUERY [--regex] [--label L] [--case] [--json]',
    '',
    'Plain text ignores case and diacritics (--case keeps case); --regex takes a JavaScript regular',
    'expression, ignoring case unless --case. --label L keeps hits inside annotations labelled L (its',
    'id, such as actor); with --label and an empty QUERY the annotations themselves are listed. Offsets',
    `are in Unicode code points, as exports write them. At most ${MAX_HIT_LIMIT.toLocaleString('en')} hits are listed; counts cover all.`,
  ].join('\n'),
  options: {
    regex: { type: 'boolean' },
    label: { type: 'string' },
    case: { type: 'boolean' },
  },
  async run([target, query = ''], values, ctx) {
    if (!target) throw new CliError('Usage: tagwright search PROJECT QUERY [--regex] [--label L] [--case] [--json]', 2);
    const parsed = searchRequestSchema.safeParse({
      query,
      regex: values.regex === true,
      caseSensitive: values.case === true,
      ...(values.label !== undefined ? { label: values.label } : {}),
      limit: MAX_HIT_LIMIT,
    });
    if (!parsed.success) throw new CliError(`Invalid search: ${parsed.error.issues[0]?.message ?? 'see --help'}`, 2);
    const path = resolve(ctx.cwd, target);
    if (!(await pathExists(path))) throw new CliError(`${path} does not exist`);
    const service = await ProjectService.create({
      userDataDir: ctx.userDataDir,
      seedsDir: ctx.seedsDir,
      searchWorkerFile: ctx.searchWorkerFile,
    });
    // Read-only: no lock is taken, so a project open in the app can be searched.
    const { schema } = await service.openProject(path, 'read-only').catch((error: unknown) => {
      throw cliErrorOf(error);
    });
    try {
      if (parsed.data.label !== undefined && !schema.labels.some((l) => l.id === parsed.data.label)) {
        const ids = schema.labels.map((l) => l.id).join(', ');
        throw new CliError(`There is no label "${parsed.data.label}" in ${path}; its labels are ${ids}.`, 2);
      }
      const results = await service.searchCorpus(parsed.data).catch((error: unknown) => {
        throw new CliError((error as Error).message);
      });
      printResult(ctx, values.json === true, asJson(results), asText(results));
    } finally {
      await service.closeProject();
    }
  },
});

/** The hits for scripts: code-point offsets, and a field saying so. */
function asJson(results: SearchResults) {
  return {
    offsets: 'code points',
    total: results.total,
    truncated: results.truncated,
    documents: results.documents.map((d) => ({ id: d.documentId, title: d.title, hits: d.hits })),
    hits: results.hits.map((h) => ({
      document: h.documentId,
      start: h.startCodePoint,
      end: h.endCodePoint,
      text: h.text,
      left: h.left,
      right: h.right,
      labels: [...new Set(h.coveredBy.map((c) => c.label))],
    })),
  };
}

/** The hits for people: per document, each hit at its code-point offset between its context. */
function asText(results: SearchResults): string {
  const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  const lines = [`${plural(results.total, 'hit')} in ${plural(results.documents.length, 'document')}`];
  if (results.truncated) lines.push(`(the first ${results.hits.length.toLocaleString('en')} are listed)`);
  for (const d of results.documents) {
    const hits = results.hits.filter((h) => h.documentId === d.documentId);
    if (hits.length === 0) continue;
    lines.push('', `${d.title} (${plural(d.hits, 'hit')}, ${d.documentId})`);
    const width = String(hits.at(-1)!.startCodePoint).length;
    for (const h of hits) {
      const labels = h.coveredBy.length > 0 ? `  {${[...new Set(h.coveredBy.map((c) => c.label))].join(', ')}}` : '';
      lines.push(`  ${String(h.startCodePoint).padStart(width)}  ${h.left}[${h.text}]${h.right}${labels}`);
    }
  }
  return lines.join('\n');
}
