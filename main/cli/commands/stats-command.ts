import { resolve } from 'node:path';
import { ProjectStore } from '../../store/project-store';
import { defineCommand } from '../cli-command';
import { CliError, printResult } from '../cli-context';

export const statsCommand = defineCommand({
  name: 'stats',
  summary: 'Count documents and annotations per label and per document',
  usage: 'tagwright stats PROJECT [--json]',
  options: {},
  async run([target], values, ctx) {
    if (!target) throw new CliError('Usage: tagwright stats PROJECT', 2);
    const path = resolve(ctx.cwd, target);
    const store = await ProjectStore.open(path).catch((error: Error) => {
      throw new CliError(error.message);
    });
    const project = store.project;
    const perLabel: Record<string, number> = Object.fromEntries(project.schema.labels.map((l) => [l.id, 0]));
    const perDocument = new Map(
      project.documents.map((d) => [d.id, { id: d.id, title: d.title, status: d.status, annotations: 0 }]),
    );
    for (const a of project.annotations) {
      perLabel[a.label] = (perLabel[a.label] ?? 0) + 1;
      perDocument.get(a.documentId)!.annotations++;
    }
    const stats = {
      project: project.name,
      path,
      documents: project.documents.length,
      annotations: project.annotations.length,
      relations: project.relations.length,
      perLabel,
      perDocument: [...perDocument.values()],
    };
    const lines = [
      `${project.name} (${path})`,
      `${stats.documents} documents, ${stats.annotations} annotations, ${stats.relations} relations`,
      'Per label:',
      ...project.schema.labels.map((l) => `  ${l.name.padEnd(12)} ${perLabel[l.id]}`),
      'Per document:',
      ...stats.perDocument.map((d) => `  ${String(d.annotations).padStart(6)}  [${d.status}] ${d.title}`),
    ];
    printResult(ctx, values.json === true, stats, lines.join('\n'));
  },
});
