import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '@did/persistence';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { PORTING_CONFIG, PortingConfig } from '../config';
import { CsrLookup } from './entities/csr-lookup.entity';

const HOUR_MS = 3_600_000;

/** Either the lookups were recorded (and may be made), or the budget has no room until `retryAfterSeconds`. */
export type CsrBudgetVerdict = { allowed: true } | { allowed: false; limitPerHour: number; retryAfterSeconds: number };

/**
 * Each account may fetch CSR_LOOKUPS_PER_HOUR customer service records from the losing carrier per
 * rolling hour (they carry an end user's name, account number and address, and each costs a carrier
 * call). Every lookup is recorded (csr_lookups: who saw which number's record, for which order); the
 * count and the insert run under a per-account lock, so concurrent requests cannot overspend.
 */
@Injectable()
export class CsrBudget {
  private readonly limit: number;

  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PORTING_CONFIG) config: PortingConfig,
  ) {
    this.limit = config.CSR_LOOKUPS_PER_HOUR;
  }

  /** Records one lookup per number (e164 -> port order) if all fit in the account's hour, else records nothing. */
  take(accountId: string, lookups: Map<string, string>): Promise<CsrBudgetVerdict> {
    if (!lookups.size) return Promise.resolve({ allowed: true });
    return this.em.fork().transactional(async (tx) => {
      await sql(tx, 'select pg_advisory_xact_lock(hashtextextended(?, 0))', [`csr-budget:${accountId}`]);
      const now = this.clock.now();
      const recent = await sql<{ looked_up_at: string }>(
        tx,
        `select looked_up_at from "porting"."csr_lookups" where account_id = ? and looked_up_at > ? order by looked_up_at`,
        [accountId, new Date(now.getTime() - HOUR_MS)],
      );
      const over = recent.length + lookups.size - this.limit;
      if (over > 0) {
        // Room comes back as the oldest lookups leave the hour; more numbers than the whole budget never fit in one request.
        const freedAt =
          over <= recent.length ? new Date(recent[over - 1].looked_up_at).getTime() + HOUR_MS : now.getTime() + HOUR_MS;
        return {
          allowed: false,
          limitPerHour: this.limit,
          retryAfterSeconds: Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000)),
        };
      }
      for (const [e164, portOrderId] of lookups)
        tx.create(CsrLookup, { id: sortableId('csrl', now), accountId, e164, portOrderId, lookedUpAt: now });
      await tx.flush();
      return { allowed: true };
    });
  }
}
