import { randomBytes } from 'node:crypto';
import { connect } from 'nats';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../dev/database';
import { Lifecycle } from '../dev/lifecycle';
import { redactUrl, say } from '../dev/log';
import { provideNats } from '../dev/nats';
import { providePostgres } from '../dev/postgres';
import { repoRoot } from '../dev/repo-root';

/** A database and NATS prefix of one bench run, next to (never inside) a running dev platform. */
export interface ThrowawayWorld {
  root: string;
  databaseUrl: string;
  natsUrl: string;
  natsPrefix: string;
}

/** Removes the JetStream streams of `prefix` (the services create them on start). */
async function deleteStreams(natsUrl: string, prefix: string): Promise<void> {
  const nc = await connect({ servers: natsUrl.split(','), timeout: 5_000 });
  try {
    const jsm = await nc.jetstreamManager();
    for (const stream of await jsm.streams.list().next()) {
      const subjects = stream.config.subjects ?? [];
      if (subjects.length && subjects.every((s) => s.startsWith(`${prefix}.`)))
        await jsm.streams.delete(stream.config.name);
    }
  } finally {
    await nc.close();
  }
}

/**
 * Provides PostgreSQL and NATS the way `npm start` does, creates a database `did_bench_<id>` and a
 * prefix `bench_<id>`, and registers their removal with `lifecycle`.
 */
export async function throwawayWorld(lifecycle: Lifecycle): Promise<ThrowawayWorld> {
  const root = repoRoot();
  const runId = randomBytes(4).toString('hex');
  const nats = await provideNats(root);
  if (nats.stop) lifecycle.onShutdown('nats-server', nats.stop);
  const postgres = await providePostgres(root);
  if (postgres.stop) lifecycle.onShutdown('PostgreSQL', postgres.stop);

  const databaseUrl = withDatabase(postgres.url, `did_bench_${runId}`);
  const natsPrefix = `bench_${runId}`;
  await createDatabaseIfMissing(databaseUrl);
  lifecycle.onShutdown('bench database', () => dropDatabase(databaseUrl));
  lifecycle.onShutdown('bench streams', () => deleteStreams(nats.url, natsPrefix));
  say(`database ${redactUrl(databaseUrl)}, NATS ${nats.url} prefix ${natsPrefix}`);
  return { root, databaseUrl, natsUrl: nats.url, natsPrefix };
}
