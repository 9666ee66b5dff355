import { createServer, Socket, type Server } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { startSyncServer, type SyncServer } from './sync-server-process';

/** A sync server for this test file, started before its tests and killed after them, failed or not. */
export function useSyncServer(): { readonly url: string } {
  let server: SyncServer | null = null;
  beforeAll(async () => {
    server = await startSyncServer();
  }, 60_000);
  afterAll(() => server?.stop());
  return {
    get url() {
      return server?.url ?? '';
    },
  };
}

/** A TCP proxy in front of the server that a test cuts (every connection dropped, new ones refused) and restores. */
export interface CuttableProxy {
  readonly url: string;
  cut(): void;
  /** Cuts once `bytes` more have gone to the server: in the middle of a request when that is bigger. */
  cutAfterSending(bytes: number): void;
  /** Whether it is cut now. */
  readonly isCut: boolean;
  restore(): void;
  close(): Promise<void>;
}

export async function cuttableProxy(target: string): Promise<CuttableProxy> {
  const { hostname, port } = new URL(target);
  const open = new Set<Socket>();
  let cut = false;
  let sendable = Infinity;
  const cutNow = () => {
    cut = true;
    sendable = Infinity;
    for (const socket of open) socket.destroy();
  };
  const server: Server = createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = new Socket();
    upstream.connect(Number(port), hostname);
    client.on('data', (chunk: Buffer) => {
      sendable -= chunk.length;
      if (sendable <= 0) cutNow();
    });
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
    cut: cutNow,
    cutAfterSending(bytes) {
      sendable = bytes;
    },
    get isCut() {
      return cut;
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
