import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSavedProject } from '../../../support/project-file-text';
import { serviceWithNewProject } from '../../../support/service-with-project';
import { useTempDirs } from '../../../support/temp-dir';

// Issue 12, point 5: labels of a whole document (doccano text classification, Label Studio choices
// and textarea answers on the text) come in as the document's metadata and go out again.
const tempDir = useTempDirs();

/** A Label Studio task where two annotators chose the sentiment of the whole text, one also wrote a summary. */
function labelStudioTask() {
  const region = { id: 'r1', type: 'labels', value: { start: 0, end: 7, text: 'Armenia', labels: ['actor'] } };
  const choice = (value: string) => ({
    id: `c-${value}`,
    from_name: 'sentiment',
    to_name: 'text',
    type: 'choices',
    value: { choices: [value] },
  });
  const summary = {
    id: 's1',
    from_name: 'summary',
    to_name: 'text',
    type: 'textarea',
    value: { text: ['Maps given.'] },
  };
  return {
    id: 3,
    data: { text: 'Armenia gave maps.' },
    annotations: [
      { completed_by: { email: 'ana@example.org' }, result: [region, choice('Positive'), summary] },
      { completed_by: { email: 'ben@example.org' }, result: [choice('Neutral')] },
    ],
  };
}

describe('document labels: in as metadata, out where the format can hold them', () => {
  it('doccano text classification → the saved document → doccano `cats` → the same labels again', async () => {
    const dir = await tempDir();
    const first = await serviceWithNewProject(dir, 'first');
    const lines = [
      JSON.stringify({ text: 'Armenia gave maps.', label: ['politics', 'maps'] }),
      JSON.stringify({ text: 'Baku answered.', label: ['politics'] }),
    ];
    await writeFile(join(dir, 'cls.jsonl'), lines.join('\n'));
    const report = await first.service.importCorpus([join(dir, 'cls.jsonl')]);
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([]);
    await first.service.flush();
    const saved = await readSavedProject(first.path);
    expect(saved.documents.map((d) => d.metadata)).toEqual([{ category: 'politics\nmaps' }, { category: 'politics' }]);

    await first.service.exportCorpus({ format: 'doccano', documents: 'all' }, join(dir, 'out.jsonl'));
    const exported = (await readFile(join(dir, 'out.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(exported.map((r) => r.cats)).toEqual([['politics', 'maps'], ['politics']]);

    const second = await serviceWithNewProject(dir, 'second');
    expect((await second.service.importCorpus([join(dir, 'out.jsonl')])).problems).toEqual([]);
    await second.service.flush();
    expect((await readSavedProject(second.path)).documents.map((d) => d.metadata)).toEqual(
      saved.documents.map((d) => ({ id: d.id, ...d.metadata })),
    );
  });

  it('Label Studio choices and textarea on the text → metadata (differences reported) → Label Studio results → the same metadata', async () => {
    const dir = await tempDir();
    const first = await serviceWithNewProject(dir, 'first');
    await writeFile(join(dir, 'tasks.json'), JSON.stringify([labelStudioTask()]));
    const report = await first.service.importCorpus([join(dir, 'tasks.json')], { addLabels: true });
    expect(report.problems).toEqual([]);
    expect(report.warnings.map((w) => w.message)).toEqual([
      'task 3: the annotations differ on "sentiment" (ana@example.org: Positive; ben@example.org: Neutral): every value is kept',
    ]);
    await first.service.flush();
    const metadata = { 'category:sentiment': 'Positive\nNeutral', 'answer:summary': 'Maps given.' };
    expect((await readSavedProject(first.path)).documents.map((d) => d.metadata)).toEqual([metadata]);

    await first.service.exportCorpus({ format: 'label-studio', documents: 'all' }, join(dir, 'out.json'));
    const [task] = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8'));
    const documentResults = task.annotations[0].result.filter((r: { type: string }) => r.type !== 'labels');
    expect(documentResults).toEqual([
      {
        from_name: 'sentiment',
        to_name: 'text',
        origin: 'manual',
        type: 'choices',
        value: { choices: ['Positive', 'Neutral'] },
      },
      { from_name: 'summary', to_name: 'text', origin: 'manual', type: 'textarea', value: { text: ['Maps given.'] } },
    ]);

    const second = await serviceWithNewProject(dir, 'second');
    const again = await second.service.importCorpus([join(dir, 'out.json')], { addLabels: true });
    expect(again.problems).toEqual([]);
    await second.service.flush();
    expect((await readSavedProject(second.path)).documents.map((d) => d.metadata)).toEqual([metadata]);
  });
});
