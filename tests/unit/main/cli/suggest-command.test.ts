import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sliceByCodePoints } from '../../../../shared/text/code-points';
import { readSavedProject } from '../../../support/project-file-text';
import { runCliInProcess as cli } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

interface SuggestOutput {
  project: string;
  offsets: string;
  documents: {
    id: string;
    title: string;
    suggestions: { start: number; end: number; text: string; label: string; source: string; kind?: string }[];
  }[];
}

describe('tagwright suggest', () => {
  it('prints every document’s suggestions as JSON, offsets in code points and said so', async () => {
    const dir = await tempDir();
    await cli(['new', 's.tagwright', '--sample'], dir);
    const result = await cli(['suggest', 's.tagwright', '--json'], dir);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as SuggestOutput;
    expect(output.offsets).toBe('code points');
    const project = await readSavedProject(join(dir, 's.tagwright'));
    expect(output.documents.map((d) => d.id)).toEqual(project.documents.map((d) => d.id));
    for (const [i, d] of output.documents.entries()) {
      expect(d.suggestions.length).toBeGreaterThan(0);
      const text = project.documents[i]!.text;
      for (const s of d.suggestions) expect(sliceByCodePoints(text, s.start, s.end)).toBe(s.text);
    }
    expect(output.documents[0]!.suggestions).toContainEqual(
      expect.objectContaining({ text: 'Aykhan Hajizada', label: 'actor', source: 'nlp', kind: 'person' }),
    );
  });

  it('counts code points past an emoji (UTF-16 would say two more), for one --document', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'e.txt'), '😀😀 Barack Obama said 40% of it.');
    await cli(['import', 'e.tagwright', 'e.txt'], dir);
    const [document] = (await readSavedProject(join(dir, 'e.tagwright'))).documents;
    const result = await cli(['suggest', 'e.tagwright', '--document', document!.id, '--json'], dir);
    const output = JSON.parse(result.stdout) as SuggestOutput;
    expect(output.documents.map((d) => d.suggestions.map((s) => [s.start, s.end, s.text, s.label]))).toEqual([
      [
        [3, 15, 'Barack Obama', 'actor'],
        [21, 24, '40%', 'figure'],
      ],
    ]);
  });

  it('prints them as text without --json; an unknown document or no project is an error naming it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'e.txt'), 'Barack Obama said 40% of it.');
    await cli(['import', 'e.tagwright', 'e.txt'], dir);
    const text = await cli(['suggest', 'e.tagwright'], dir);
    expect(text.stdout).toMatch(/: 2 suggestions\n {2}0–12 +Actor +"Barack Obama"\n {2}18–21 +Figure +"40%"/);
    const unknown = await cli(['suggest', 'e.tagwright', '--document', 'nope'], dir);
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringMatching(/no document "nope"/)]);
    const missing = await cli(['suggest', 'missing.tagwright'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/missing\.tagwright/);
    expect((await cli(['suggest', '--help'], dir)).stdout).toMatch(
      /tagwright suggest PROJECT \[--document ID\] \[--json\]/,
    );
  });
});
