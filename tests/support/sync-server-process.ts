import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// No test runner here: the unit tests (vitest, through sync-server.ts) and the e2e specs (Playwright) both start it.

const serverBin = resolve(import.meta.dirname, '../../node_modules/pouchdb-server/bin/pouchdb-server');

/** A free loopback port (asked of the system, then let go for the server to take). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/** A running pouchdb-server: its address, and a stop that kills it and removes its folder. */
export interface SyncServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * A real CouchDB-protocol server (pouchdb-server, in memory) on loopback. Its files (config, log)
 * go to a temp folder, its working directory. The unit tests take it through useSyncServer; the
 * e2e specs start and stop it themselves.
 */
export async function startSyncServer(): Promise<SyncServer> {
  const dir = await mkdtemp(join(tmpdir(), 'tagwright-sync-server-'));
  const port = await freePort();
  const args = [serverBin, '--in-memory', '--host', '127.0.0.1', '--port', String(port), '--no-color'];
  const child = spawn(process.execPath, [...args, '--config', join(dir, 'config.json')], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await startedAddress(child);
  return {
    url,
    async stop() {
      child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Waits for the line the server prints once it listens; fails with its output if it exits first. */
function startedAddress(child: ChildProcess): Promise<string> {
  let output = '';
  return new Promise((found, failed) => {
    // Read both streams to the end: an unread pipe fills and stalls the server (it logs every request).
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (output.length < 10_000) output += chunk.toString('utf8');
      const address = /has started on (http:\/\/\S+)/.exec(output)?.[1];
      if (address) found(address.endsWith('/') ? address : `${address}/`);
    });
    child.once('exit', (code) => failed(new Error(`pouchdb-server exited (${code}) before starting:\n${output}`)));
  });
}
