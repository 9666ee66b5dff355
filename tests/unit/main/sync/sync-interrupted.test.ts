import { afterEach, describe, expect, it } from 'vitest';
import type { SyncSession } from '../../../../main/sync/sync-session';
import { cuttableProxy, useSyncServer, type CuttableProxy } from '../../../support/sync-server';
import { useTempDirs } from '../../../support/temp-dir';
import { annotatorProject, savedLayers, savedProject, syncOf } from '../../../support/sync-projects';

const server = useSyncServer();
const tempDir = useTempDirs();
const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

const WORDS = 3000;
const text = 'word '.repeat(WORDS);

/** Syncs once, cutting the proxy as soon as the first batch has gone `direction`: the sync must fail. */
async function syncCutOff(session: SyncSession, proxy: CuttableProxy, cuts: { direction: string | null }) {
  await expect(session.syncOnce()).rejects.toThrow();
  expect(cuts.direction).not.toBeNull();
  proxy.restore();
}

describe('a sync whose connection is cut half-way', () => {
  it('resumes and leaves every annotation in both projects exactly once', async () => {
    const dir = await tempDir();
    const proxy = await cuttableProxy(server.url);
    opened.push(proxy);
    const ana = await annotatorProject(dir, 'ana', text);
    const ben = await annotatorProject(dir, 'ben', text);
    const spans = Array.from({ length: WORDS }, (_, i) => ({ start: i * 5, end: i * 5 + 4, label: 'figure' }));
    ana.service.acceptSuggestions(ana.documentId, spans);
    ben.service.createAnnotation({ documentId: ben.documentId, start: 0, end: 4, label: 'actor' });
    const cutOn = (direction: 'up' | 'down', cuts: { direction: string | null }) => ({
      onProgress: (progress: { direction: 'up' | 'down' }) => {
        if (progress.direction !== direction || cuts.direction) return;
        cuts.direction = direction;
        proxy.cut();
      },
    });
    const anaCuts = { direction: null };
    const anaSync = await syncOf(ana.service, proxy.url, 'team-cut', cutOn('up', anaCuts));
    const benCuts = { direction: null };
    const benSync = await syncOf(ben.service, proxy.url, 'team-cut', cutOn('down', benCuts));
    opened.push(anaSync, benSync);

    await syncCutOff(anaSync, proxy, anaCuts);
    const resumedUp = await anaSync.syncOnce();
    // The first batch reached the server before the cut: the rest goes, not everything again.
    expect(resumedUp.up.documents).toBeLessThan(WORDS + 1);
    await syncCutOff(benSync, proxy, benCuts);
    const resumedDown = await benSync.syncOnce();
    expect(resumedDown.down).toMatchObject({ put: WORDS, waiting: 0, refused: [] });
    await anaSync.syncOnce();

    const anaLayers = await savedLayers(ana.service, ana.path);
    const benLayers = await savedLayers(ben.service, ben.path);
    expect(Object.keys(anaLayers.ana!)).toHaveLength(WORDS);
    expect(benLayers).toEqual(anaLayers);
    expect((await savedProject(ben.service, ben.path)).annotations).toHaveLength(WORDS + 1);
    expect((await savedProject(ana.service, ana.path)).annotations).toHaveLength(WORDS + 1);
    // Once more: nothing new comes or goes, nothing doubles.
    expect((await benSync.syncOnce()).down).toMatchObject({ put: 0, removed: 0 });
    expect((await savedProject(ben.service, ben.path)).annotations).toHaveLength(WORDS + 1);
  }, 120_000);
});
