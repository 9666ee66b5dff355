import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Project } from '../../shared/model';
import { buildDocuments } from './build-documents';
import { newProject } from './new-project';

export const SAMPLE_PROJECT_NAME = 'Sample project: landmine maps';
export const SAMPLE_PROJECT_FILE = 'Sample project.tagwright';

/** Builds the sample project from the seed texts: five outlets' versions of the same statements. */
export async function buildSampleProject(seedsDir: string, newId: () => string, now: Date): Promise<Project> {
  const names = (await readdir(seedsDir)).filter((n) => n.endsWith('.txt')).sort();
  const files = await Promise.all(names.map(async (name) => ({ name, bytes: await readFile(join(seedsDir, name)) })));
  const { documents, report } = buildDocuments(files, [], newId, now);
  if (report.problems.length > 0) {
    throw new Error(
      `The sample texts in ${seedsDir} could not be read: ${report.problems.map((p) => p.message).join('; ')}`,
    );
  }
  return newProject(newId(), SAMPLE_PROJECT_NAME, now, documents);
}
