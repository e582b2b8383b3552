import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CLOCK, Clock } from '@did/service-kit';
import { NUMBER_ORDERS, sql } from '../db/sql';
import { OrderRowStatus } from './entities/number-order.entity';
import { InventoryClaims } from './inventory-claims';
import { lockOrder } from './order-rows';

/**
 * Gives a rejected order's claimed numbers back to inventory, once. The unclaim runs while the order
 * row is locked, so a retry that re-places the same order (and claims again) waits for it instead of
 * having its fresh claim released under it.
 */
@Injectable()
export class OrderClaimsRelease {
  constructor(
    private readonly em: EntityManager,
    private readonly claims: InventoryClaims,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** True when this call gave the claims back; false when there was nothing to do. Throws when inventory cannot be reached (retried later). */
  async release(orderId: string): Promise<boolean> {
    return this.em.fork().transactional(async (em) => {
      const row = await lockOrder(em, orderId);
      if (row?.status !== OrderRowStatus.Rejected || row.claims_released_at) return false;
      await this.claims.unclaim(orderId);
      await sql(em, `update ${NUMBER_ORDERS} set claims_released_at = ?, updated_at = ? where id = ?`, [
        this.clock.now(),
        this.clock.now(),
        orderId,
      ]);
      return true;
    });
  }
}
