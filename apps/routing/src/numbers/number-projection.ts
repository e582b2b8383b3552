import type { EntityManager } from '@mikro-orm/postgresql';
import { NUMBERS, sql } from '../db/sql';

/** Lifecycle of a number as routing sees it. WARNING: persisted (a CHECK lists them). */
export type RoutedNumberStatus = 'pending' | 'active' | 'porting_in' | 'released';

/** A number routing may configure, as one of its projection events describes it. */
export interface ProjectedNumber {
  numberId: string;
  e164: string;
  ownerAccountId: string;
  ownerPartnerId: string | null;
  countryCode: string;
  numberType: string | null;
  status: Exclude<RoutedNumberStatus, 'released'>;
  activatedAt?: Date | null;
  /** What the carrier says the number can do; undefined when the event does not say (an older event, or an order). */
  capabilities?: string[];
}

/** The accounts whose resolve answers a change of one number may touch (its owner and tenants). */
export interface TouchedNumber {
  e164: string;
  accounts: string[];
}

/**
 * Writes routing's copy of the registry. Every write is idempotent and monotonic (released is final
 * for a number id; pending never downgrades active), so redelivered or reordered events converge.
 *
 * A number ported in arrives with status `porting_in` (number.porting_in: configurable ahead of the
 * port, never resolved), then `active` when the port completes (its settings kept: same number id),
 * or is released when the port is abandoned.
 */
export async function upsertNumber(em: EntityManager, n: ProjectedNumber, now: Date): Promise<TouchedNumber> {
  // A resold E.164 whose release we have not seen yet: the old id is gone (inventory never sells a held number).
  const stale = await sql<{ owner_account_id: string; tenant_account_id: string | null }>(
    em,
    `update ${NUMBERS} set status = 'released', released_at = coalesce(released_at, ?), updated_at = ? where e164 = ? and number_id <> ? and status <> 'released' returning owner_account_id, tenant_account_id`,
    [now, now, n.e164, n.numberId],
  );
  const rank = (col: string) =>
    `case ${col} when 'pending' then 0 when 'porting_in' then 1 when 'active' then 2 else 3 end`;
  await sql(
    em,
    `insert into ${NUMBERS} as n (number_id, e164, owner_account_id, owner_partner_id, tenant_account_id, status, country_code, number_type, connection_id, capabilities, activated_at, released_at, updated_at)
     values (?, ?, ?, ?, null, ?, ?, ?, null, ?::text[], ?, null, ?)
     on conflict (number_id) do update set
       status = case when ${rank('n.status')} < ${rank('excluded.status')} then excluded.status else n.status end,
       owner_account_id = excluded.owner_account_id,
       owner_partner_id = coalesce(excluded.owner_partner_id, n.owner_partner_id),
       number_type = coalesce(excluded.number_type, n.number_type),
       capabilities = coalesce(excluded.capabilities, n.capabilities),
       activated_at = coalesce(excluded.activated_at, n.activated_at),
       updated_at = excluded.updated_at`,
    [
      n.numberId,
      n.e164,
      n.ownerAccountId,
      n.ownerPartnerId,
      n.status,
      n.countryCode,
      n.numberType,
      n.capabilities ?? null,
      n.activatedAt ?? null,
      now,
    ],
  );
  return {
    e164: n.e164,
    accounts: [n.ownerAccountId, ...stale.flatMap((s) => [s.owner_account_id, s.tenant_account_id ?? ''])].filter(
      Boolean,
    ),
  };
}

/** Sets (or clears) the tenant of a number; null when routing does not know the number yet. */
export async function assignNumber(
  em: EntityManager,
  numberId: string,
  tenantAccountId: string | null,
  now: Date,
): Promise<TouchedNumber | null> {
  const [row] = await sql<{ e164: string; owner_account_id: string; previous: string | null }>(
    em,
    `update ${NUMBERS} n set tenant_account_id = ?, updated_at = ? from ${NUMBERS} old where n.number_id = ? and old.number_id = n.number_id and n.status <> 'released'
     returning n.e164, n.owner_account_id, old.tenant_account_id as previous`,
    [tenantAccountId, now, numberId],
  );
  if (!row) return null;
  return {
    e164: row.e164,
    accounts: [row.owner_account_id, tenantAccountId ?? '', row.previous ?? ''].filter(Boolean),
  };
}

/** Marks a number released (final); returns what it touched, or null when it was unknown or released already. */
export async function releaseNumber(
  em: EntityManager,
  numberId: string,
  releasedAt: Date,
  now: Date,
): Promise<TouchedNumber | null> {
  const [row] = await sql<{ e164: string; owner_account_id: string; tenant_account_id: string | null }>(
    em,
    `update ${NUMBERS} set status = 'released', released_at = ?, updated_at = ? where number_id = ? and status <> 'released' returning e164, owner_account_id, tenant_account_id`,
    [releasedAt, now, numberId],
  );
  return row ? { e164: row.e164, accounts: [row.owner_account_id, row.tenant_account_id ?? ''].filter(Boolean) } : null;
}

/** An ordered number that was never delivered: it was never the buyer's, so routing forgets it. */
export async function forgetPendingNumber(em: EntityManager, numberId: string): Promise<void> {
  await sql(em, `delete from ${NUMBERS} where number_id = ? and status = 'pending'`, [numberId]);
}

/** Registry fields routing keeps (connection_id); returns the number's E.164 when known. */
export async function updateRegistryFields(
  em: EntityManager,
  numberId: string,
  changes: Record<string, unknown>,
  now: Date,
): Promise<string | null> {
  const hasConnection = Object.prototype.hasOwnProperty.call(changes, 'connection_id');
  const connection = typeof changes.connection_id === 'string' ? changes.connection_id : null;
  const [row] = await sql<{ e164: string }>(
    em,
    `update ${NUMBERS} set connection_id = case when ? then ? else connection_id end, updated_at = ? where number_id = ? returning e164`,
    [hasConnection, connection, now, numberId],
  );
  return row?.e164 ?? null;
}
