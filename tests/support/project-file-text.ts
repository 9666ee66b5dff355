import { readFile } from 'node:fs/promises';
import type { Project } from '../../shared/model';
import { parseProjectFile } from '../../main/store/parse-project-file';
import { projectFileContent } from '../../main/store/project-json-chunks';

/** A project as the bytes of its file, for tests that write or damage a file by hand. */
export function projectFileText(project: Project): string {
  return JSON.stringify(projectFileContent(project));
}

/** The raw JSON object of a project file as written (annotations in column blocks), for tests that edit it. */
export function projectFileJson(project: Project): Record<string, unknown> {
  return JSON.parse(projectFileText(project)) as Record<string, unknown>;
}

/** The project a saved file holds, read from its bytes through the app's own reader. */
export async function readSavedProject(path: string): Promise<Project> {
  return parseProjectFile(await readFile(path, 'utf8'), path).project;
}
