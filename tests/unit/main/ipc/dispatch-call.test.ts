import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

async function setup() {
  const dir = await tempDir();
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5 });
  const handlers = createCallHandlers(service, noDialogs);
  return { service, handlers, dir };
}

describe('dispatchCall', () => {
  it('answers a valid call with its value', async () => {
    const { handlers } = await setup();
    const result = await dispatchCall(handlers, 'openSampleProject', {});
    expect(result).toMatchObject({ ok: true, value: { documentCount: 5 } });
  });

  it('refuses names outside the contract, including prototype keys', async () => {
    const { handlers } = await setup();
    for (const name of ['nope', 'constructor', '__proto__', 'toString', 42, null]) {
      expect(await dispatchCall(handlers, name, {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    }
  });

  it('refuses payloads that do not parse, naming the field, and changes nothing', async () => {
    const { handlers, service } = await setup();
    await dispatchCall(handlers, 'openSampleProject', {});
    await service.flush();
    const before = await readFile(service.projectPath!, 'utf8');
    const documentId = service.listDocuments()[0]!.id;
    const bad = [
      { documentId, start: -1, end: 4, label: 'claim' },
      { documentId, start: 4, end: 2, label: 'claim' },
      { documentId, start: 0, end: 4, label: 'claim', extra: true },
      { documentId: '../../etc/passwd', start: 0, end: 4, label: 'claim' },
      { documentId, start: '0', end: 4, label: 'claim' },
      'a string',
    ];
    for (const payload of bad) {
      const result = await dispatchCall(handlers, 'createAnnotation', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const result = await dispatchCall(handlers, 'createAnnotation', { documentId, start: 0, end: 1e9, label: 'claim' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/outside/) },
    });
    await service.flush();
    expect(await readFile(service.projectPath!, 'utf8')).toBe(before);
  });

  it('turns service errors into readable error values', async () => {
    const { handlers } = await setup();
    expect(await dispatchCall(handlers, 'listDocuments', {})).toEqual({
      ok: false,
      error: { code: 'no-project', message: 'No project is open. Open or create a project first.' },
    });
  });

  it('opens only recent projects by path, never an arbitrary file the page names', async () => {
    const { handlers } = await setup();
    const result = await dispatchCall(handlers, 'openRecentProject', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
