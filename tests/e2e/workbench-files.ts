import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { ProjectService } from '../../main/service/project-service';
import type { Project } from '../../shared/model';
import { readSavedProject } from '../support/project-file-text';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const seedsDir = join(repoRoot, 'seeds');
/** The build to test: `out/` unless TAGWRIGHT_BUILD_DIR names another (parallel builds stay apart). */
export const buildDir = process.env.TAGWRIGHT_BUILD_DIR
  ? resolve(repoRoot, process.env.TAGWRIGHT_BUILD_DIR)
  : join(repoRoot, 'out');

export interface WorkbenchFiles {
  tempDir: string;
  userDataDir: string;
  service: ProjectService;
  /** The project the fixture opened, or null for 'none'. */
  projectPath: string | null;
  /** Closes `service` as quitting does (saves, releases the lock) and returns a fresh one with its project open again. */
  reopen(service: ProjectService): Promise<ProjectService>;
}

/** The project file as it is on disk now, after flushing the service's pending saves. */
export async function savedProjectOf(service: ProjectService, openedPath: string | null): Promise<Project> {
  await service.flush();
  const path = service.projectPath ?? openedPath;
  if (!path) throw new Error('no project file');
  return readSavedProject(path);
}

/**
 * What every workbench fixture starts from, whatever the transport: a temp folder, a service over
 * its user data, and the project the test asked for ('sample', 'none', or a copy of a file).
 */
export async function prepareWorkbenchFiles(project: string, prefix: string): Promise<WorkbenchFiles> {
  const tempDir = await mkdtemp(join(tmpdir(), prefix));
  const userDataDir = join(tempDir, 'user-data');
  const newService = () =>
    ProjectService.create({
      userDataDir,
      seedsDir,
      debounceMs: 50,
      annotator: 'e2e',
      // The worker as the app runs it: the built one.
      searchWorkerFile: join(buildDir, 'main', 'search-worker.js'),
    });
  const service = await newService();
  let projectPath: string | null = null;
  if (project === 'sample') {
    projectPath = (await service.openSampleProject()).path;
  } else if (project !== 'none') {
    projectPath = join(tempDir, basename(project));
    await copyFile(project, projectPath);
    await service.openProject(projectPath);
  }
  const reopen = async (previous: ProjectService) => {
    const path = previous.projectPath;
    await previous.closeProject();
    const next = await newService();
    if (path) await next.openProject(path);
    return next;
  };
  return { tempDir, userDataDir, service, projectPath, reopen };
}
