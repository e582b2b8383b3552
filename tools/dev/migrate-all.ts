/** `npm run migrate`: applies every service's migrations to DATABASE_URL (default: the local PostgreSQL). */
import { readEnv } from '@did/config';
import { Lifecycle } from './lifecycle';
import { redactUrl, say, SetupError } from './log';
import { LOCAL_DATABASE_URL } from './postgres';
import { answers, hostAndPort } from './probe';
import { repoRoot } from './repo-root';
import { migrateAll, serviceEnv, stopCommands } from './services';

const lifecycle = new Lifecycle();

async function main(): Promise<number> {
  const root = repoRoot();
  const databaseUrl = readEnv('DATABASE_URL') ?? LOCAL_DATABASE_URL;
  // Seven services failing with the same ECONNREFUSED stack says less than this one line.
  const { host, port } = hostAndPort(databaseUrl, 5432);
  if (!(await answers(host, port)))
    throw new SetupError(`PostgreSQL does not answer at ${host}:${port}: start it, or set DATABASE_URL`);
  lifecycle.onShutdown('migrations', () => stopCommands());
  say(`applying migrations to ${redactUrl(databaseUrl)}`);
  await migrateAll(root, serviceEnv({ DATABASE_URL: databaseUrl }));
  say('all migrations applied');
  return 0;
}

lifecycle.run(main);
