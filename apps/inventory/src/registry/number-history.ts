import type { EntityManager } from '@mikro-orm/postgresql';
import type { NumberReleaseReason } from '@did/contracts';
import { asDate } from '@did/persistence';
import { NumberHistory, NumberOutcome } from './entities/number-history.entity';
import type { NumberRef } from './number-ref';
import { NumberRow } from './number-rows';

export interface EndedOwnership {
  outcome: NumberOutcome;
  at: Date;
  releaseReason?: NumberReleaseReason;
  failureCode?: string;
}

/** Keeps an ownership that ends now (in the caller's transaction), before the registry row forgets its owner. */
export function recordEndedOwnership(em: EntityManager, row: NumberRow, ended: EndedOwnership): void {
  if (!row.number_id || !row.owner_account_id) return;
  em.persist(
    em.create(NumberHistory, {
      numberId: row.number_id,
      e164: row.e164,
      outcome: ended.outcome,
      ownerAccountId: row.owner_account_id,
      ownerPartnerId: row.owner_partner_id,
      tenantAccountId: row.tenant_account_id,
      orderId: row.purchase_order_id,
      countryCode: row.country_code,
      numberType: row.number_type,
      region: row.region,
      locality: row.locality,
      rateCenter: row.rate_center,
      capabilities: row.capabilities,
      activatedAt: asDate(row.activated_at),
      endedAt: ended.at,
      releaseReason: ended.releaseReason ?? null,
      failureCode: ended.failureCode ?? null,
    }),
  );
}

/** The latest ended ownership of `ref` (number id or E.164) by the account, or by a tenant of it when it is a partner. */
export function findEndedOwnership(
  em: EntityManager,
  ref: NumberRef,
  accountId: string,
): Promise<NumberHistory | null> {
  const key = ref.column === 'number_id' ? { numberId: ref.value } : { e164: ref.value };
  return em.findOne(
    NumberHistory,
    { ...key, $or: [{ ownerAccountId: accountId }, { ownerPartnerId: accountId }] },
    { orderBy: { endedAt: 'desc' } },
  );
}
