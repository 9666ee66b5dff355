import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';
import { projectFileText, readSavedProject } from '../../../support/project-file-text';

const tempDir = useTempDirs();
const repoRoot = resolve(import.meta.dirname, '../../../..');

const cli = runCliInProcess;

describe('tagwright CLI', () => {
  it('new --sample, then stats --json reports the five seed documents', async () => {
    const dir = await tempDir();
    expect((await cli(['new', 's.tagwright', '--sample'], dir)).code).toBe(0);
    const stats = await cli(['stats', 's.tagwright', '--json'], dir);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ documents: 5, annotations: 0, perLabel: { claim: 0, figure: 0 } });
  });

  it('new refuses to overwrite an existing file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'x.tagwright'), 'precious');
    const result = await cli(['new', 'x.tagwright'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already exists/);
    expect(await readFile(join(dir, 'x.tagwright'), 'utf8')).toBe('precious');
  });

  it('import creates the project when missing and reports each file; a file it cannot read stops it unless --partial', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.txt'), 'Alpha text');
    await writeFile(join(dir, 'b.bin'), Buffer.from([0, 1, 2, 3]));
    const refused = await cli(['import', 'new.tagwright', 'a.txt', 'b.bin'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Nothing was imported: 1 problem\(s\), first: .*b\.bin: b\.bin was not imported/);
    expect(existsSync(join(dir, 'new.tagwright'))).toBe(false);
    const result = await cli(['import', 'new.tagwright', 'a.txt', 'b.bin', '--partial', '--json'], dir);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.imported).toHaveLength(1);
    expect(report.problems[0].message).toMatch(/b\.bin was not imported: it looks like a binary file/);
    expect(JSON.parse(await readFile(join(dir, 'new.tagwright'), 'utf8')).documents[0].text).toBe('Alpha text');
  });

  it('validate accepts a good project and rejects a corrupted copy with a non-zero exit', async () => {
    const dir = await tempDir();
    await cli(['new', 's.tagwright', '--sample'], dir);
    expect((await cli(['validate', 's.tagwright'], dir)).code).toBe(0);
    const project = await readSavedProject(join(dir, 's.tagwright'));
    const text = project.documents[0]!.text;
    project.annotations.push({
      id: 'x1',
      documentId: project.documents[0]!.id,
      start: 0,
      end: 7,
      quote: 'Wrong!!',
      label: 'actor',
      attributes: {},
      note: '',
      annotator: 'a',
      createdAt: project.createdAt,
      updatedAt: project.createdAt,
    });
    await writeFile(join(dir, 'quote.tagwright'), projectFileText(project));
    const bad = await cli(['validate', 'quote.tagwright'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`quotes "Wrong!!" but the text at 0–7 is ${JSON.stringify(text.slice(0, 7))}`);
    // Named by its place in the file: the first document's block, its last row.
    expect(bad.stderr).toMatch(/annotations\[0\]\.quote\[\d+\]: annotation "x1" quotes/);
    await writeFile(join(dir, 'trunc.tagwright'), (await readFile(join(dir, 's.tagwright'), 'utf8')).slice(0, 500));
    const truncated = await cli(['validate', 'trunc.tagwright'], dir);
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toMatch(/trunc\.tagwright: the file is not valid JSON/);
    expect(truncated.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints help for the tool and each command; unknown commands exit 2', async () => {
    const dir = await tempDir();
    expect((await cli(['--help'], dir)).stdout).toMatch(/Commands:[\s\S]*validate/);
    expect((await cli(['stats', '--help'], dir)).stdout).toMatch(/Usage: tagwright stats PROJECT/);
    expect((await cli(['frobnicate'], dir)).code).toBe(2);
  });

  it('an unknown option or an option without its value is a usage error (exit 2) naming it, and nothing runs', async () => {
    const dir = await tempDir();
    const unknown = await cli(['new', 'p.tagwright', '--smaple'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^tagwright new: Unknown option '--smaple'[\s\S]*Usage: tagwright new PROJECT/);
    const noValue = await cli(['new', 'p.tagwright', '--name'], dir);
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toMatch(/^tagwright new: Option '--name <value>' argument missing/);
    const repeated = await cli(['import', 'p.tagwright', 'a.txt', '--map-label'], dir);
    expect(repeated.code).toBe(2);
    expect(existsSync(join(dir, 'p.tagwright'))).toBe(false);
  });

  it('runs as the built `tagwright` binary', async () => {
    const dir = await tempDir();
    const bin = join(repoRoot, 'main/cli/bin.js');
    const env = { ...process.env, XDG_CONFIG_HOME: join(dir, 'config') };
    await promisify(execFile)('node', [bin, 'new', join(dir, 's.tagwright'), '--sample'], { env });
    const { stdout } = await promisify(execFile)('node', [bin, 'stats', join(dir, 's.tagwright'), '--json'], { env });
    expect(JSON.parse(stdout).documents).toBe(5);
  });
});
