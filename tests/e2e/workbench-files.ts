import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { ProjectService } from '../../main/service/project-service';

export const seedsDir = join(resolve(import.meta.dirname, '..', '..'), 'seeds');

export interface WorkbenchFiles {
  tempDir: string;
  userDataDir: string;
  service: ProjectService;
  /** The project the fixture opened, or null for 'none'. */
  projectPath: string | null;
  /** A fresh service over the same user data, as after a restart of the app. */
  newService(): Promise<ProjectService>;
}

/**
 * What every workbench fixture starts from, whatever the transport: a temp folder, a service over
 * its user data, and the project the test asked for ('sample', 'none', or a copy of a file).
 */
export async function prepareWorkbenchFiles(project: string, prefix: string): Promise<WorkbenchFiles> {
  const tempDir = await mkdtemp(join(tmpdir(), prefix));
  const userDataDir = join(tempDir, 'user-data');
  const newService = () => ProjectService.create({ userDataDir, seedsDir, debounceMs: 50, annotator: 'e2e' });
  const service = await newService();
  let projectPath: string | null = null;
  if (project === 'sample') {
    projectPath = (await service.openSampleProject()).path;
  } else if (project !== 'none') {
    projectPath = join(tempDir, basename(project));
    await copyFile(project, projectPath);
    await service.openProject(projectPath);
  }
  return { tempDir, userDataDir, service, projectPath, newService };
}
