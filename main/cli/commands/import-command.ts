import { rm } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { IMPORT_FORMATS, type ImportFormat } from '../../../shared/formats/format-registry';
import { pathExists } from '../../io/path-exists';
import { ProjectService } from '../../service/project-service';
import { projectFilePath } from '../../store/project-file-path';
import type { CorpusImportOptions } from '../../service/corpus-import';
import type { CorpusReadOptions } from '../../../shared/formats/corpus/corpus-importer';
import { defineCommand, type CliValues } from '../cli-command';
import { CliError, printResult } from '../cli-context';
import { cliErrorOf, reportTakeOver } from '../locked-project';
import { broughtIn, importFailure, importReportJson, importReportText } from './import-report';

const options = {
  format: { type: 'string' },
  'map-label': { type: 'string', multiple: true },
  'add-labels': { type: 'boolean' },
  partial: { type: 'boolean' },
  upos: { type: 'boolean' },
  'annotator-per-folder': { type: 'boolean' },
  'take-over': { type: 'boolean' },
} as const;

export const importCommand = defineCommand({
  name: 'import',
  summary: 'Import documents (.txt .md .html .docx .pdf) and annotated corpora into a project (created if missing)',
  usage: [
    'tagwright import PROJECT FILES_OR_FOLDERS... [--format F] [--map-label FROM=TO]... [--add-labels] [--partial] [--upos] [--annotator-per-folder] [--take-over] [--json]',
    '',
    `Corpus formats (detected per file, or forced with --format): ${IMPORT_FORMATS.join(', ')}.`,
    'Folders are walked for documents (.txt .md .html .docx .pdf) and corpus files (.ann with its .txt, .jsonl,',
    ".json, .jsonld, .conll/.iob, .conllu, .tsv; with --format, that format's files); other files (README,",
    'annotation.conf, images) are skipped and listed. A .conll, .conllu, .iob or .tsv file that is not in its',
    'format is refused (use --format), never read as text.',
    '  --map-label FROM=TO  read label (or relation type) FROM as the project label TO',
    '  --add-labels         add labels and relation types the project lacks (otherwise they stop the import)',
    '  --partial            import what is valid even when some lines have problems (default: all or nothing)',
    "  --upos               CoNLL-U: also import each word's UPOS tag as an annotation labelled with it",
    "  --annotator-per-folder  brat: each .ann's annotator is its folder's name (an export of several annotators)",
    "  --take-over          take over the project's lock from a Tagwright on another computer (or one silent too long)",
    '',
    'A lock left by a Tagwright of this computer that is no longer running is taken over without asking (and said so).',
  ].join('\n'),
  options,
  async run([target, ...inputs], values, ctx) {
    if (!target || inputs.length === 0) throw new CliError('Usage: tagwright import PROJECT FILES_OR_FOLDERS...', 2);
    const importOptions = corpusImportOptions(values);
    const named = resolve(ctx.cwd, target);
    // `import p` opens p, or p.tagwright: the file it created the first time.
    const path = (await pathExists(named)) ? named : projectFilePath(named);
    const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
    const existed = await pathExists(path);
    try {
      if (existed) await service.openProject(path, values['take-over'] ? 'take-over' : 'write');
      else await service.createProject(path, basename(path, extname(path)), { existing: 'refuse' });
    } catch (error) {
      throw cliErrorOf(error);
    }
    reportTakeOver(service, ctx);
    let report;
    try {
      report = await service.importCorpus(
        inputs.map((i) => resolve(ctx.cwd, i)),
        importOptions,
      );
      await service.flush();
      const { backupProblem } = service.session();
      if (backupProblem) ctx.stderr(`Warning: ${backupProblem}\n`);
    } finally {
      // Saves what is pending and releases the lock.
      await service.closeProject();
    }
    // A project this command created for an import that brought nothing in is not left behind.
    if (!existed && (!report.applied || broughtIn(report) === 0)) await rm(path, { force: true });
    printResult(ctx, values.json === true, importReportJson(report, path), importReportText(report, path));
    const failure = importFailure(report);
    if (failure) throw new CliError(failure);
  },
});

/** The import's options from the command line; a bad --format or --map-label is a usage error. */
function corpusImportOptions(
  values: CliValues<typeof options>,
): CorpusImportOptions & CorpusReadOptions & { format?: ImportFormat } {
  const { format } = values;
  if (format !== undefined && !isImportFormat(format)) {
    throw new CliError(`Unknown import format "${format}"; choose one of ${IMPORT_FORMATS.join(', ')}`, 2);
  }
  const mapLabels: Record<string, string> = Object.create(null) as Record<string, string>; // keeps a FROM of "__proto__"
  for (const pair of values['map-label'] ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) throw new CliError(`--map-label takes FROM=TO, not "${pair}"`, 2);
    mapLabels[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return {
    ...(format ? { format } : {}),
    mapLabels,
    addLabels: values['add-labels'] === true,
    partial: values.partial === true,
    upos: values.upos === true,
    annotatorPerFolder: values['annotator-per-folder'] === true,
  };
}

function isImportFormat(format: string): format is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(format);
}
