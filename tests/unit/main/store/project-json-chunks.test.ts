import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectFileContent, projectJsonChunks } from '../../../../main/store/project-json-chunks';
import { generateProject } from '../../../bench/project-store/generate-project';
import { smallProject } from '../../../support/project-fixtures';

describe('projectJsonChunks', () => {
  it('joins to exactly JSON.stringify of the file content, small and chunked', () => {
    for (const project of [smallProject(), generateProject(3, 4000)]) {
      expect([...projectJsonChunks(project)()].join('')).toBe(JSON.stringify(projectFileContent(project)));
    }
  });

  it('keeps the project as it was when the save began, even if rows change meanwhile', () => {
    const project = generateProject(2, 6000);
    const expected = JSON.stringify(projectFileContent(project));
    const chunks = projectJsonChunks(project)();
    const parts = [chunks.next().value as string];
    project.annotations.pop();
    project.annotations[0] = { ...project.annotations[0]!, label: 'event' };
    for (const part of chunks) parts.push(part);
    expect(parts.join('')).toBe(expected);
  });

  it('agrees with JSON.stringify for random annotation counts and notes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12000 }), fc.string(), (count, note) => {
        const project = generateProject(1, count);
        if (project.annotations[0]) project.annotations[0].note = note;
        expect([...projectJsonChunks(project)()].join('')).toBe(JSON.stringify(projectFileContent(project)));
      }),
      { numRuns: 15 },
    );
  });
});
