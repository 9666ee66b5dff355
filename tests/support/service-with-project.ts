import { join, resolve } from 'node:path';
import { ProjectService } from '../../main/service/project-service';

const seedsDir = resolve(import.meta.dirname, '../../seeds');

/** A service (user data inside `dir`, saves only on flush) with a new project `<name>.tagwright` open in `dir`. */
export async function serviceWithNewProject(dir: string, name: string) {
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 60_000 });
  const path = join(dir, `${name}.tagwright`);
  await service.createProject(path, name);
  return { service, path };
}
