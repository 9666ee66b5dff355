import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (see README: testing).
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // CI may share the machine with other work: states are waited for, with room for a busy CPU.
  expect: { timeout: 15_000 },
  reporter: 'list',
  outputDir: '../../test-results',
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
  },
});
