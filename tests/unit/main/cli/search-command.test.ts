import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { lockPathOf } from '../../../../main/store/project-lock';
import { createOffsetConverter } from '../../../../shared/text/code-points';
import { readSavedProject } from '../../../support/project-file-text';
import { runCliInProcess } from '../../../support/run-cli-in-process';
import { useBundledSearchWorker } from '../../../support/search-worker-file';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const repoRoot = resolve(import.meta.dirname, '../../../..');
const searchWorkerFile = useBundledSearchWorker();
const cli = (args: string[], dir: string) => runCliInProcess(args, dir, { searchWorkerFile: searchWorkerFile() });

/** A copy of the sample project in a fresh folder; returns the folder and the project as saved. */
async function sample() {
  const dir = await tempDir();
  expect((await runCliInProcess(['new', 's.tagwright', '--sample'], dir)).code).toBe(0);
  return { dir, project: await readSavedProject(join(dir, 's.tagwright')) };
}

/** Where `pattern` matches the project's texts, in code points, document then text order. */
function expectedHits(project: Awaited<ReturnType<typeof readSavedProject>>, pattern: RegExp) {
  return project.documents.flatMap((d) => {
    const converter = createOffsetConverter(d.text);
    return [...d.text.matchAll(pattern)].map((m) => ({
      document: d.id,
      start: converter.toCodePoint(m.index),
      end: converter.toCodePoint(m.index + m[0].length),
      text: m[0],
    }));
  });
}

describe('tagwright search', () => {
  it('--json lists every hit with code-point offsets and says so, with counts per document', async () => {
    const { dir, project } = await sample();
    const result = await cli(['search', 's.tagwright', 'hajizada', '--json'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const output = JSON.parse(result.stdout);
    const expected = expectedHits(project, /Hajizada/g);
    expect(output).toMatchObject({ offsets: 'code points', total: expected.length, truncated: false });
    expect(
      output.hits.map(({ document, start, end, text }: Record<string, unknown>) => ({ document, start, end, text })),
    ).toEqual(expected);
    expect(output.documents.map((d: { hits: number }) => d.hits)).toEqual([5, 4]);
  });

  it('prints the hits in context for people, and a regular expression finds the figures', async () => {
    const { dir, project } = await sample();
    const text = await cli(['search', 's.tagwright', 'Hajizada'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^9 hits in 2 documents\n\n/);
    expect(text.stdout).toContain('spokesperson Aykhan [Hajizada] said in an interview');

    const figures = await cli(['search', 's.tagwright', String.raw`\d[\d,.]*\s*(percent|%)`, '--regex', '--json'], dir);
    const expected = expectedHits(project, /\d[\d,.]*\s*(percent|%)/gi);
    expect(JSON.parse(figures.stdout).hits.map((h: { text: string }) => h.text)).toEqual(expected.map((e) => e.text));
    const caseKept = await cli(['search', 's.tagwright', 'HAJIZADA', '--case', '--json'], dir);
    expect(JSON.parse(caseKept.stdout).total).toBe(0);
  });

  it('--label keeps hits inside that label; with no query it lists the annotations', async () => {
    const { dir, project } = await sample();
    const service = await ProjectService.create({
      userDataDir: join(dir, 'user-data'),
      seedsDir: join(repoRoot, 'seeds'),
    });
    await service.openProject(join(dir, 's.tagwright'));
    const text = project.documents[0]!.text;
    const start = text.indexOf('Aykhan Hajizada');
    service.createAnnotation({ documentId: project.documents[0]!.id, start, end: start + 15, label: 'actor' });
    await service.closeProject();

    const inside = JSON.parse(
      (await cli(['search', 's.tagwright', 'hajizada', '--label', 'actor', '--json'], dir)).stdout,
    );
    expect(inside.hits.map((h: { text: string; labels: string[] }) => [h.text, h.labels])).toEqual([
      ['Hajizada', ['actor']],
    ]);
    const listed = JSON.parse((await cli(['search', 's.tagwright', '', '--label', 'actor', '--json'], dir)).stdout);
    expect(listed.hits.map((h: { text: string }) => h.text)).toEqual(['Aykhan Hajizada']);
  });

  it('says what is wrong with a bad pattern or an unknown label, and changes nothing', async () => {
    const { dir } = await sample();
    const before = await readFile(join(dir, 's.tagwright'));
    const bad = await cli(['search', 's.tagwright', '(maps', '--regex'], dir);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toBe('tagwright search: "(maps" is not a valid regular expression: unterminated group.\n');
    const unknown = await cli(['search', 's.tagwright', 'maps', '--label', 'person'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /There is no label "person" in .*s\.tagwright; its labels are claim, figure, actor, event\./,
    );
    expect((await cli(['search', 'missing.tagwright', 'maps'], dir)).stderr).toMatch(
      /missing\.tagwright does not exist/,
    );
    expect(await readFile(join(dir, 's.tagwright'))).toEqual(before);
    expect(existsSync(lockPathOf(join(dir, 's.tagwright')))).toBe(false);
  });

  it('runs as built: the command starts the worker built beside it', async () => {
    const { dir } = await sample();
    const bin = join(repoRoot, 'main', 'cli', 'bin.js');
    const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config') };
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [bin, 'search', 's.tagwright', 'Hajizada', '--json'],
      {
        cwd: dir,
        env,
      },
    );
    expect(JSON.parse(stdout)).toMatchObject({ offsets: 'code points', total: 9 });
  });
});
