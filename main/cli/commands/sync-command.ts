import { resolve } from 'node:path';
import { ProjectService } from '../../service/project-service';
import { defaultSyncDatabase, syncAddress, type SyncAddress } from '../../sync/sync-address';
import { SyncSession } from '../../sync/sync-session';
import { defineCommand } from '../cli-command';
import { CliError, printResult, type CliContext } from '../cli-context';
import { cliErrorOf, reportTakeOver } from '../locked-project';
import { stopSignal } from '../stop-signal';
import { liveRoundText, syncReportText } from './sync-report';

export const syncCommand = defineCommand({
  name: 'sync',
  summary: "Sync the annotator's layer with a CouchDB-compatible server, and receive the others'",
  usage: [
    'tagwright sync PROJECT --server URL [--database NAME] [--as ANNOTATOR] [--curator] [--once] [--take-over] [--json]',
    '',
    '  --server URL       the CouchDB (or compatible) server, e.g. https://couch.example.org:6984/',
    "  --database NAME    the team's database (default: tagwright-<the project's id>, the same for every copy)",
    "  --as ANNOTATOR     the layer this copy owns (default: this computer's user name)",
    '  --curator          also own the gold layer and the schema',
    '  --once             sync once and stop (default: keep syncing until Ctrl+C)',
    'The account, if the server needs one, is read from TAGWRIGHT_SYNC_USER and TAGWRIGHT_SYNC_PASSWORD.',
  ].join('\n'),
  options: {
    server: { type: 'string' },
    database: { type: 'string' },
    as: { type: 'string' },
    curator: { type: 'boolean' },
    once: { type: 'boolean' },
    'take-over': { type: 'boolean' },
  },
  async run([target], values, ctx) {
    if (!target || values.server === undefined) throw new CliError('Usage: tagwright sync PROJECT --server URL', 2);
    const path = resolve(ctx.cwd, target);
    const service = await ProjectService.create({
      userDataDir: ctx.userDataDir,
      seedsDir: ctx.seedsDir,
      ...(values.as === undefined ? {} : { annotator: values.as }),
    });
    try {
      const { id } = await service.openProject(path, values['take-over'] ? 'take-over' : 'write');
      reportTakeOver(service, ctx);
      const address = syncAddress(values.server, values.database ?? defaultSyncDatabase(id), credentials());
      const session = await SyncSession.open(service, { address, curator: values.curator === true });
      try {
        if (values.once) await syncOnce(session, service, address, values.json === true, ctx);
        else await syncUntilStopped(session, service, address, ctx);
      } finally {
        await session.close();
      }
    } catch (error) {
      throw cliErrorOf(error);
    } finally {
      // Saves what came down and releases the lock.
      await service.closeProject();
    }
  },
});

async function syncOnce(
  session: SyncSession,
  service: ProjectService,
  address: SyncAddress,
  json: boolean,
  ctx: CliContext,
) {
  const report = await session.syncOnce();
  await service.flush();
  const heading = `Synced ${service.projectPath} with ${address.url} as ${service.annotator}:`;
  printResult(
    ctx,
    json,
    { project: service.projectPath, database: address.url, annotator: service.annotator, ...report },
    `${heading}\n${syncReportText(report)}`,
  );
}

async function syncUntilStopped(session: SyncSession, service: ProjectService, address: SyncAddress, ctx: CliContext) {
  const stop = stopSignal();
  ctx.stdout(`Syncing ${service.projectPath} with ${address.url} as ${service.annotator}. Press Ctrl+C to stop.\n`);
  const live = session.live(
    (round) => {
      if (round.down.put + round.down.removed + round.up.written + round.up.removed > 0)
        ctx.stdout(`${liveRoundText(round)}\n`);
    },
    (error) => ctx.stderr(`Sync problem (retrying): ${(error as Error)?.message ?? String(error)}\n`),
  );
  await stop.received;
  await live.stop();
  await service.flush();
  stop.dispose();
  ctx.stdout('Stopped; the project is saved.\n');
}

/** The server account from the environment (never the command line, where other users' `ps` would show it). */
function credentials(): SyncAddress['credentials'] {
  const username = process.env.TAGWRIGHT_SYNC_USER;
  const password = process.env.TAGWRIGHT_SYNC_PASSWORD;
  if (!username && !password) return null;
  if (!username || !password)
    throw new CliError('Set both TAGWRIGHT_SYNC_USER and TAGWRIGHT_SYNC_PASSWORD, or neither.', 2);
  return { username, password };
}
