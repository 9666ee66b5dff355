import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './serve-harness';
import { annotationRows, openDocumentByTitle, selectByMouse } from './workspace-actions';

// Browser mode's token stays with Tagwright: cookies ignore ports, so a token kept in a cookie
// would be sent to every other program serving 127.0.0.1. The page keeps it itself.

/** Another local web server (any program on this machine), recording the headers it receives. */
async function otherLocalServer(): Promise<{
  url: string;
  received: IncomingHttpHeaders[];
  close: () => Promise<void>;
}> {
  const received: IncomingHttpHeaders[] = [];
  const server: Server = createServer((req, res) => {
    received.push(req.headers);
    res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end('<!doctype html><title>Another local app</title><img src="/pixel">');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('another program serving 127.0.0.1 never receives the token, in a cookie or otherwise', async ({ workbench }) => {
  const { page, server } = workbench;
  // The page is in use: the token has done its work.
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).not.toHaveCount(0);
  expect(await page.context().cookies()).toEqual([]);

  const other = await otherLocalServer();
  try {
    await page.goto(other.url);
    await expect(page).toHaveTitle('Another local app');
    await expect.poll(() => other.received.length).toBeGreaterThanOrEqual(2);
    const everything = JSON.stringify(other.received);
    expect(everything).not.toContain(server.token);
    expect(other.received.every((headers) => headers.cookie === undefined)).toBe(true);
  } finally {
    await other.close();
  }
});

test('a reload keeps working: the page kept the token for this tab, not in the address', async ({ workbench }) => {
  const { page } = workbench;
  await expect.poll(() => new URL(page.url()).searchParams.has('token')).toBe(false);
  await page.reload();
  const document = (await workbench.savedProject()).documents[0]!;
  const quote = /\p{L}{5,}/u.exec(document.text)![0];
  await openDocumentByTitle(page, document.title);
  await selectByMouse(page, quote);
  await page.keyboard.press('1');
  await expect(annotationRows(page)).toHaveCount(1);
  await expect.poll(async () => (await workbench.savedProject()).annotations.map((a) => a.quote)).toEqual([quote]);
});

test('a page without the token (another tab of this origin opened by hand) can call nothing', async ({ workbench }) => {
  const { page, server } = workbench;
  const stranger = await page.context().browser()!.newPage();
  try {
    await stranger.goto(`${server.origin}/`);
    const status = await stranger.evaluate(async () => {
      const response = await fetch('/api/call/listDocuments', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      return response.status;
    });
    expect(status).toBe(401);
  } finally {
    await stranger.close();
  }
});
