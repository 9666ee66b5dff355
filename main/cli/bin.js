#!/usr/bin/env node
// The `tagwright` command: runs the built CLI. The README's set-up command builds it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../../out/main/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('tagwright: the CLI is not built yet; run "npm run build" in the Tagwright folder first.\n');
  process.exit(1);
}
await import(built.href);
