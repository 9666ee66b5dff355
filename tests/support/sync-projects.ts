import { join, resolve } from 'node:path';
import type { Annotation, Project } from '../../shared/model';
import { ProjectService } from '../../main/service/project-service';
import { syncAddress } from '../../main/sync/sync-address';
import { SyncSession, type SyncSessionOptions } from '../../main/sync/sync-session';
import { readSavedProject } from './project-file-text';

const seedsDir = resolve(import.meta.dirname, '../../seeds');

/** The text both annotators' projects import (each gets its own document id: sync matches texts by hash). */
export const SHARED_TEXT =
  'The ministry said on Monday that 25% of the budget went to roads. Critics disputed the figure, citing the 2019 statement.\n';

/** An annotator's project, made with the real service (their name is the layer they own), holding SHARED_TEXT. */
export async function annotatorProject(dir: string, annotator: string, text = SHARED_TEXT) {
  const service = await ProjectService.create({
    userDataDir: join(dir, `${annotator}-data`),
    seedsDir,
    annotator,
    debounceMs: 60_000,
  });
  const path = join(dir, `${annotator}.tagwright`);
  await service.createProject(path, `${annotator}'s copy`);
  service.importFiles([{ name: 'budget.txt', bytes: new TextEncoder().encode(text) }]);
  const documentId = service.listDocuments()[0]!.id;
  return { service, path, documentId };
}

/** A sync session of a project with `database` on the server at `server` (closed after each test by the caller). */
export function syncOf(
  service: ProjectService,
  server: string,
  database: string,
  options: Partial<SyncSessionOptions> = {},
): Promise<SyncSession> {
  return SyncSession.open(service, { address: syncAddress(server, database), curator: false, ...options });
}

/** A saved project's annotations by annotator, then id: what the file holds, documents named by text hash. */
export async function savedLayers(
  service: ProjectService,
  path: string,
): Promise<Record<string, Record<string, object>>> {
  await service.flush();
  const project = await readSavedProject(path);
  const shaOf = new Map(project.documents.map((d) => [d.id, d.sha256]));
  const layers: Record<string, Record<string, object>> = {};
  for (const a of project.annotations) (layers[a.annotator] ??= {})[a.id] = comparable(a, shaOf);
  return layers;
}

function comparable({ documentId, ...a }: Annotation, shaOf: Map<string, string>): object {
  return { ...a, text: shaOf.get(documentId) };
}

export async function savedProject(service: ProjectService, path: string): Promise<Project> {
  await service.flush();
  return readSavedProject(path);
}
