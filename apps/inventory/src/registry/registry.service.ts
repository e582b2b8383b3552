import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertTransition, NumberState } from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { INVENTORY_CONFIG, InventoryConfig } from '../config';
import { NUMBERS, sql } from '../db/sql';

/**
 * Lifecycle moves on registry rows that later features (ordering, porting) call. Every move goes
 * through assertTransition, so the state machine in contracts is the single source of truth.
 */
@Injectable()
export class NumberRegistry {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(INVENTORY_CONFIG) private readonly config: InventoryConfig,
  ) {}

  /** A released number (pending_release) starts aging: not searchable until NUMBER_AGING_DAYS from now. */
  async beginAging(e164s: string[], em: EntityManager = this.em): Promise<number> {
    assertTransition(NumberState.PendingRelease, NumberState.Aging);
    const now = this.clock.now();
    const until = new Date(now.getTime() + this.config.NUMBER_AGING_DAYS * 86_400_000);
    const rows = await sql<{ e164: string }>(
      em,
      `update ${NUMBERS} set state = 'aging', aging_until = ?, owner_account_id = null, tenant_account_id = null, connection_id = null,
         tags = '{}', customer_reference = null, description = null, updated_at = ? where e164 = any(?) and state = 'pending_release' returning e164`,
      [until, now, e164s],
    );
    return rows.length;
  }

  /** Numbers done aging go back to plain stock (searches already treat them as free from aging_until on). */
  async restockAged(em: EntityManager = this.em): Promise<number> {
    assertTransition(NumberState.Aging, NumberState.Available);
    const now = this.clock.now();
    const rows = await sql<{ e164: string }>(
      em,
      `update ${NUMBERS} set state = 'available', aging_until = null, updated_at = ? where state = 'aging' and aging_until <= ? returning e164`,
      [now, now],
    );
    return rows.length;
  }
}
