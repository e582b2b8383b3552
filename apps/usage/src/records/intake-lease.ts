import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/** A lease held: `lost` resolves when its connection drops (the lock went with it); `release` gives it up. */
export interface HeldLease {
  lost: Promise<void>;
  release(): Promise<void>;
}

/**
 * One reader of the records stream at a time, across replicas: the holder of a PostgreSQL session
 * advisory lock, on a connection of its own. A replica that dies or loses the database loses the
 * lock with its connection, and a standby polling for it takes over. The lock keeps replicas from
 * reading the same records for nothing; exactly-once does not rest on it but on the position's
 * compare-and-set (intake-position.ts) and the record id.
 */
export class IntakeLease {
  private readonly logger = new Logger('IntakeLease');

  constructor(
    private readonly databaseUrl: string,
    private readonly name: string,
  ) {}

  /** Waits for the lease, polling every `pollMs`; null once `stopping()` says to give up. */
  async acquire(pollMs: number, stopping: () => boolean): Promise<HeldLease | null> {
    let waiting = false;
    while (!stopping()) {
      const lease = await this.tryAcquire().catch((err: Error) => {
        this.logger.warn(`cannot ask for the intake lease (${err.message}); asking again in ${pollMs} ms`);
        return null;
      });
      if (lease) {
        if (waiting) this.logger.log(`took over the intake lease ${this.name}`);
        return lease;
      }
      if (!waiting) this.logger.log(`another replica holds the intake lease ${this.name}; standing by`);
      waiting = true;
      await new Promise((r) => setTimeout(r, pollMs));
    }
    return null;
  }

  private async tryAcquire(): Promise<HeldLease | null> {
    const client = new Client({
      connectionString: this.databaseUrl,
      keepAlive: true,
      application_name: `usage intake lease ${this.name}`,
    });
    let onLost: () => void = () => undefined;
    const lost = new Promise<void>((resolve) => (onLost = resolve));
    client.on('error', (err) => {
      this.logger.warn(`the intake lease's connection failed: ${err.message}`);
      onLost();
    });
    client.on('end', () => onLost());
    await client.connect();
    try {
      const { rows } = await client.query<{ held: boolean }>('select pg_try_advisory_lock(hashtext($1)) as held', [
        this.name,
      ]);
      if (rows[0].held) return { lost, release: () => client.end().catch(() => undefined) };
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    await client.end();
    return null;
  }
}
