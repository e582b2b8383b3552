import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from '@did/persistence';
import type { JetStreamEvents } from '@did/messaging';

/** One dependency's answer in /health/ready. */
export interface Check {
  ok: boolean;
  detail?: string;
}

/** What /health/ready answers: ready only when every check is ok. */
export interface Readiness {
  status: 'ready' | 'not_ready';
  checks: Record<string, Check>;
}

const NATS_TIMEOUT_MS = 2_000;

/**
 * Readiness of one service: its database answers, every migration it ships is applied (a replica of a
 * newer version must not take traffic on an old schema), and NATS answers a round trip.
 */
export class ReadinessProbe {
  /** Once every migration is seen applied it stays so for this process (migrations are never rolled back under it). */
  private migrationsApplied = false;

  constructor(
    private readonly orm: MikroORM | null,
    private readonly events: JetStreamEvents | null,
    private readonly migrationNames: readonly string[],
  ) {}

  async check(): Promise<Readiness> {
    const checks: Record<string, Check> = {};
    if (this.orm) {
      checks.database = await this.database(this.orm);
      checks.migrations = checks.database.ok
        ? await this.migrations(this.orm)
        : { ok: false, detail: 'database unreachable' };
    }
    if (this.events)
      checks.nats = (await this.events.natsReachable(NATS_TIMEOUT_MS))
        ? { ok: true }
        : { ok: false, detail: `no round trip within ${NATS_TIMEOUT_MS} ms` };
    return { status: Object.values(checks).every((c) => c.ok) ? 'ready' : 'not_ready', checks };
  }

  private async database(orm: MikroORM): Promise<Check> {
    try {
      await sql(orm.em.fork(), 'select 1');
      return { ok: true };
    } catch (err) {
      return { ok: false, detail: (err as Error).message };
    }
  }

  private async migrations(orm: MikroORM): Promise<Check> {
    if (this.migrationsApplied) return { ok: true };
    try {
      const rows = await sql<{ name: string }>(
        orm.em.fork(),
        `select name from "${orm.config.get('schema')}"."mikro_orm_migrations"`,
      );
      const applied = new Set(rows.map((r) => r.name.replace(/\.[jt]s$/, '')));
      const missing = this.migrationNames.filter((name) => !applied.has(name));
      if (missing.length) return { ok: false, detail: `not applied: ${missing.join(', ')}` };
      this.migrationsApplied = true;
      return { ok: true };
    } catch (err) {
      return { ok: false, detail: (err as Error).message };
    }
  }
}
