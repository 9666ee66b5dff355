import { test } from './harness';
import { sampleProjectChecks } from './sample-project-checks';

test.describe('first launch', () => {
  test.use({ project: 'none' });

  test('offers the sample project and opens it with the five seed documents', async ({ workbench }) => {
    await sampleProjectChecks.offeredAndOpened(workbench);
  });
});

test('the sample project fixture shows the five seed titles', async ({ workbench }) => {
  await sampleProjectChecks.listsSeedTitles(workbench.page);
});
