import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, Socket, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

const serverBin = resolve(import.meta.dirname, '../../node_modules/pouchdb-server/bin/pouchdb-server');

/** A free loopback port (asked of the system, then let go for the server to take). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/**
 * A real CouchDB-protocol server (pouchdb-server, in memory) on loopback for this test file,
 * started before its tests and killed after them, failed or not. Its files (config, log) go to a
 * temp folder, its working directory.
 */
export function useSyncServer(): { readonly url: string } {
  let child: ChildProcess | null = null;
  let dir = '';
  let url = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tagwright-sync-server-'));
    const port = await freePort();
    const args = [serverBin, '--in-memory', '--host', '127.0.0.1', '--port', String(port), '--no-color'];
    child = spawn(process.execPath, [...args, '--config', join(dir, 'config.json')], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await startedAddress(child);
  }, 60_000);
  afterAll(async () => {
    child?.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });
  return {
    get url() {
      return url;
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

/** A TCP proxy in front of the server that a test cuts (every connection dropped, new ones refused) and restores. */
export interface CuttableProxy {
  readonly url: string;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function cuttableProxy(target: string): Promise<CuttableProxy> {
  const { hostname, port } = new URL(target);
  const open = new Set<Socket>();
  let cut = false;
  const server: Server = createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = new Socket();
    upstream.connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  return {
    url: address,
    cut() {
      cut = true;
      for (const socket of open) socket.destroy();
    },
    restore() {
      cut = false;
    },
    close: () => {
      for (const socket of open) socket.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
