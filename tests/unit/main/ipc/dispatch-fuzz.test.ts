import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import { callNames } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import { useTempDirs } from '../../../support/temp-dir';
import { bundleSearchWorker } from '../../../support/search-worker-file';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/** Every field name any call takes: random payloads use them so they get past "unknown key" often. */
const FIELDS = [
  'documentId',
  'annotationId',
  'start',
  'end',
  'label',
  'note',
  'attributes',
  'status',
  'files',
  'name',
  'path',
  'base64',
  'backupId',
  'damaged',
  'access',
  'theme',
  'snapToWords',
  'showArcs',
  'annotators',
  'labels',
  'documents',
  'format',
  'query',
  'regex',
  'caseSensitive',
  'hits',
  'search',
  'order',
  'coverage',
] as const;

const HANG_LIMIT_MS = 10_000;

function withinLimit<T>(work: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not answer`)), HANG_LIMIT_MS)),
  ]);
}

/** Everything the renderer could see of the project: any change shows up here. */
function snapshot(service: ProjectService): string {
  const session = service.session();
  if (!session.project) return 'no project';
  const documents = service.listDocuments();
  return JSON.stringify([session.project, documents, documents.map((d) => service.getDocument(d.id))]);
}

describe('every IPC call under random payloads', () => {
  it('always answers a Result, never throws or hangs, and leaves the project unchanged when it refuses', async () => {
    const dir = await tempDir();
    // Searches run for real, in the worker the app builds.
    const searchWorkerFile = await bundleSearchWorker(dir);
    const service = await ProjectService.create({
      userDataDir: join(dir, 'data'),
      seedsDir,
      debounceMs: 5,
      searchWorkerFile,
    });
    const handlers = createCallHandlers(service, noDialogs);
    await service.openSampleProject();
    const documentIds = service.listDocuments().map((d) => d.id);
    const annotationIds = [0, 1, 2].map(
      (i) =>
        service.createAnnotation({ documentId: documentIds[i]!, start: 0, end: 5, label: 'claim' }).annotations
          .added[0]!.id,
    );
    await service.flush();
    const backupIds = (await service.listBackups()).map((b) => b.id);
    // Real ids and enum values let random payloads get past the schema into the service's own checks.
    const realIds = fc.constantFrom(
      ...documentIds,
      ...annotationIds,
      ...backupIds,
      'claim',
      'figure',
      'actor',
      'read-only',
      'take-over',
      'done',
      'in-progress',
      'dark',
      'left',
      'unlabelled',
      'Hajizada',
    );
    const value = fc.oneof(
      { weight: 3, arbitrary: fc.anything() },
      { weight: 2, arbitrary: realIds },
      { weight: 2, arbitrary: fc.integer({ min: -5, max: 100_000 }) },
      { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -0, 2 ** 53, 1e308, '', '\u0000', '../../etc/passwd') },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    );
    const nearValid = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 5 });
    const payload = fc.oneof(
      { weight: 3, arbitrary: nearValid },
      { weight: 1, arbitrary: fc.anything() },
      { weight: 1, arbitrary: fc.constantFrom(undefined, null, [], 'x', 0, true) },
    );
    const counts = { ok: 0, refused: 0 };
    const calls = callNames.filter((n) => n !== 'closeProject');

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...calls), payload, async (name, input) => {
        const before = snapshot(service);
        let result: Result<unknown>;
        try {
          result = await withinLimit(dispatchCall(handlers, name, input), name);
        } catch (error) {
          throw new Error(`${name} threw or hung with ${JSON.stringify(input)}: ${String(error)}`, { cause: error });
        }
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) {
          counts.ok += 1;
          // A successful call must still leave a project that serialises and stays open.
          expect(JSON.parse(JSON.stringify(result))).toBeTypeOf('object');
          return;
        }
        counts.refused += 1;
        expect(typeof result.error.code).toBe('string');
        expect(result.error.message.length).toBeGreaterThan(5);
        expect(result.error.code).not.toBe('internal');
        expect(snapshot(service)).toBe(before);
      }),
      { numRuns: 3000 },
    );
    console.log(`IPC fuzz: ${counts.ok} calls answered ok, ${counts.refused} refused with a Result error`);
    // The project still saves: the file on disk opens after all that.
    await service.flush();
    const reopened = await ProjectService.create({ userDataDir: join(dir, 'other'), seedsDir });
    await expect(reopened.openProject(service.projectPath!, 'read-only')).resolves.toMatchObject({ readOnly: true });
    await service.closeProject();
  }, 120_000);
});
