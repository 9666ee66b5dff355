import { resolve } from 'node:path';
import type { Suggestion } from '../../../shared/suggest/suggestion';
import { createOffsetConverter } from '../../../shared/text/code-points';
import { ProjectService } from '../../service/project-service';
import { defineCommand } from '../cli-command';
import { CliError, printResult } from '../cli-context';
import { cliErrorOf } from '../locked-project';

/** One document's suggestions as the CLI prints them: offsets in code points, as the exports count them. */
interface DocumentSuggestionsOut {
  id: string;
  title: string;
  suggestions: (Omit<Suggestion, 'id'> & { start: number; end: number })[];
}

/** A suggestion's UTF-16 offsets as code points of the document's text (Python's str indices). */
function inCodePoints(text: string, suggestions: readonly Suggestion[]): DocumentSuggestionsOut['suggestions'] {
  const offsets = createOffsetConverter(text);
  return suggestions.map(({ id: _id, start, end, ...rest }) => ({
    ...rest,
    start: offsets.toCodePoint(start),
    end: offsets.toCodePoint(end),
  }));
}

function suggestionLines(documents: readonly DocumentSuggestionsOut[], labelName: (id: string) => string): string {
  return documents
    .flatMap((d) => [
      `${d.title} (${d.id}): ${d.suggestions.length} suggestions`,
      ...d.suggestions.map(
        (s) => `  ${`${s.start}–${s.end}`.padEnd(12)} ${labelName(s.label).padEnd(10)} ${JSON.stringify(s.text)}`,
      ),
    ])
    .join('\n');
}

export const suggestCommand = defineCommand({
  name: 'suggest',
  summary: 'List the suggestions (project memory and offline NLP) of every document or one',
  usage: 'tagwright suggest PROJECT [--document ID] [--json]',
  options: { document: { type: 'string' } },
  async run([target], values, ctx) {
    if (!target) throw new CliError('Usage: tagwright suggest PROJECT [--document ID]', 2);
    const path = resolve(ctx.cwd, target);
    const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
    // Read-only, as stats: suggestions change nothing, and a project open elsewhere can be read.
    const { name, schema } = await service.openProject(path, 'read-only').catch((error: unknown) => {
      throw cliErrorOf(error);
    });
    try {
      const ids = values.document === undefined ? service.listDocuments().map((d) => d.id) : [values.document];
      const documents = ids.map((id): DocumentSuggestionsOut => {
        const { document } = service.getDocument(id);
        const { suggestions } = service.getSuggestions(id);
        return { id, title: document.title, suggestions: inCodePoints(document.text, suggestions) };
      });
      const labelName = (id: string) => schema.labels.find((l) => l.id === id)?.name ?? id;
      const result = { project: name, offsets: 'code points', documents };
      printResult(ctx, values.json === true, result, suggestionLines(documents, labelName));
    } catch (error) {
      throw cliErrorOf(error);
    } finally {
      await service.closeProject();
    }
  },
});
