import { expect, test } from './serve-harness';
import { sampleProjectChecks } from './sample-project-checks';

// sample-project.spec.ts over the browser-mode server: the page reaches main over HTTP and WebSocket.

test.describe('first launch in the browser', () => {
  test.use({ project: 'none' });

  test('offers the sample project and opens it with the five seed documents', async ({ workbench }) => {
    await sampleProjectChecks.offeredAndOpened(workbench);
    // The token left the address bar once the page had it (in memory, never in a cookie).
    expect(new URL(workbench.page.url()).searchParams.has('token')).toBe(false);
  });
});

test('the sample project fixture shows the five seed titles in the browser', async ({ workbench }) => {
  await sampleProjectChecks.listsSeedTitles(workbench.page);
});
