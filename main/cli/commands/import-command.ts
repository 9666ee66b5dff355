import { rm } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { IMPORT_FORMATS, type ImportFormat } from '../../../shared/formats/format-registry';
import { pathExists } from '../../io/path-exists';
import { ProjectService } from '../../service/project-service';
import { CliError, printResult, type CliCommand } from '../cli-context';
import { cliErrorOf, reportTakeOver } from '../locked-project';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import documents (.txt .md .html .docx .pdf) and annotated corpora into a project (created if missing)',
  usage: [
    'tagwright import PROJECT FILES_OR_FOLDERS... [--format F] [--map-label FROM=TO]... [--add-labels] [--partial] [--take-over] [--json]',
    '',
    `Corpus formats (detected per file, or forced with --format): ${IMPORT_FORMATS.join(', ')}.`,
    'Folders are walked: brat .ann/.txt pairs, .jsonl/.json/.jsonld corpora and plain documents.',
    '  --map-label FROM=TO  read label (or relation type) FROM as the project label TO',
    '  --add-labels         add labels and relation types the project lacks (otherwise they stop the import)',
    '  --partial            import what is valid even when some lines have problems (default: all or nothing)',
    "  --take-over          take over the project's lock from a Tagwright on another computer (or one silent too long)",
    '',
    'A lock left by a Tagwright of this computer that is no longer running is taken over without asking (and said so).',
  ].join('\n'),
  options: {
    format: { type: 'string' },
    'map-label': { type: 'string', multiple: true },
    'add-labels': { type: 'boolean' },
    partial: { type: 'boolean' },
    'take-over': { type: 'boolean' },
  },
  async run([target, ...inputs], values, ctx) {
    if (!target || inputs.length === 0) throw new CliError('Usage: tagwright import PROJECT FILES_OR_FOLDERS...', 2);
    const format = values.format as string | undefined;
    if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
      throw new CliError(`Unknown import format "${format}"; choose one of ${IMPORT_FORMATS.join(', ')}`, 2);
    }
    const mapLabels: Record<string, string> = Object.create(null) as Record<string, string>; // keeps a FROM of "__proto__"
    for (const pair of (values['map-label'] as string[] | undefined) ?? []) {
      const eq = pair.indexOf('=');
      if (eq <= 0 || eq === pair.length - 1) throw new CliError(`--map-label takes FROM=TO, not "${pair}"`, 2);
      mapLabels[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const path = resolve(ctx.cwd, target);
    const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
    const existed = await pathExists(path);
    try {
      if (existed) await service.openProject(path, values['take-over'] ? 'take-over' : 'write');
      else await service.createProject(path, basename(path, extname(path)));
    } catch (error) {
      throw cliErrorOf(error);
    }
    reportTakeOver(service, ctx);
    const projectPath = service.projectPath!;
    let report;
    try {
      report = await service.importCorpus(
        inputs.map((i) => resolve(ctx.cwd, i)),
        {
          ...(format ? { format: format as ImportFormat } : {}),
          mapLabels,
          addLabels: Boolean(values['add-labels']),
          partial: Boolean(values.partial),
        },
      );
    } finally {
      await service.flush();
    }
    const { backupProblem } = service.session();
    if (backupProblem) ctx.stderr(`Warning: ${backupProblem}\n`);
    const documents = report.documents;
    const problems = [...documents.problems, ...report.problems];
    const broughtIn = documents.imported.length + report.totals.annotations + report.totals.documents;
    if (!report.applied || broughtIn === 0) {
      await service.closeProject();
      // A project this command created for an import that brought nothing in is not left behind.
      if (!existed) await rm(path, { force: true });
    }
    const where = (p: { fileName: string; line?: number }) => `${p.fileName}${p.line ? `:${p.line}` : ''}`;
    const lines = [
      report.applied
        ? `Imported ${report.totals.documents} document(s), ${report.totals.annotations} annotation(s), ${report.totals.relations} relation(s) into ${projectPath}`
        : `Nothing was imported into ${projectPath}: ${report.problems.length} problem(s) (use --partial to import the rest)`,
      ...documents.imported.map((f) => `  + ${f.fileName} → "${f.title}"`),
      ...report.files.map(
        (f) =>
          `  + ${f.fileName} (${f.format}): ${f.documents} new document(s)${f.existingDocuments ? `, ${f.existingDocuments} already in the project` : ''}, ${f.annotations} annotation(s), ${f.relations} relation(s)${f.duplicateAnnotations ? `, ${f.duplicateAnnotations} duplicate annotation(s) skipped` : ''}`,
      ),
      ...(report.addedLabels.length ? [`  added labels: ${report.addedLabels.join(', ')}`] : []),
      ...(report.addedRelationTypes.length ? [`  added relation types: ${report.addedRelationTypes.join(', ')}`] : []),
      ...documents.duplicates.map((d) => `  = ${d.fileName}: same text as "${d.existingTitle}", skipped`),
      ...problems.map((p) => `  ! ${where(p)}: ${p.message}`),
      ...report.warnings.map((p) => `  ~ ${where(p)}: ${p.message}`),
    ];
    printResult(
      ctx,
      Boolean(values.json),
      {
        project: projectPath,
        applied: report.applied,
        imported: documents.imported,
        duplicates: documents.duplicates,
        problems,
        warnings: report.warnings,
        files: report.files,
        addedLabels: report.addedLabels,
        addedRelationTypes: report.addedRelationTypes,
        totals: report.totals,
      },
      lines.join('\n'),
    );
    if (!report.applied)
      throw new CliError(
        `Nothing was imported: ${report.problems.length} problem(s), first: ${where(report.problems[0]!)}: ${report.problems[0]!.message}`,
      );
    if (broughtIn === 0 && problems.length > 0) {
      throw new CliError(`Nothing was imported: ${problems.length} file(s) could not be read`);
    }
  },
};
