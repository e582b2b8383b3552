import type { EntityManager } from '@mikro-orm/postgresql';
import type { Capability, NumberReleaseReason, NumberState, NumberType } from '@did/contracts';
import { CARRIER_ORDERS, COMPLIANCE_GATES, NUMBERS, sql } from '../db/sql';

/** A registry row as the lifecycle reads it. Timestamps come back from raw SQL as strings or Dates, so read them through {@link asDate}. */
export interface NumberRow {
  e164: string;
  number_id: string | null;
  country_code: string;
  number_type: NumberType;
  region: string | null;
  locality: string | null;
  rate_center: string | null;
  capabilities: Capability[];
  state: NumberState;
  owner_account_id: string | null;
  owner_partner_id: string | null;
  tenant_account_id: string | null;
  purchase_order_id: string | null;
  reserved_by_account_id: string | null;
  reservation_id: string | null;
  reserved_until: Date | string | null;
  aging_until: Date | string | null;
  activated_at: Date | string | null;
  released_at: Date | string | null;
  release_reason: NumberReleaseReason | null;
  connection_id: string | null;
  tags: string[];
  description: string | null;
  customer_reference: string | null;
  source: 'purchased' | 'ported';
  purchased_at: Date | string | null;
  updated_at: Date | string;
  /** Computed on read: why a pending number waits (NumberStatusReason), else null. */
  status_reason: string | null;
}

/**
 * A pending number of an order that waits for its compliance gate (not submitted yet): awaiting_compliance while its own paperwork
 * is not met, awaiting_order_compliance while only another number of the order's is missing. Read from the gate rather than stored
 * on the number, so it can never disagree with what the provisioner decides.
 */
const STATUS_REASON_SQL = `case when "numbers".state = 'pending_purchase' and "numbers".purchase_order_id is not null then (
    select case
      when coalesce((select g.status from ${COMPLIANCE_GATES} g where g.number_id = "numbers".number_id), '') <> 'met' then 'awaiting_compliance'
      when exists (select 1 from ${NUMBERS} s left join ${COMPLIANCE_GATES} sg on sg.number_id = s.number_id
                   where s.purchase_order_id = o.order_id and s.state = 'pending_purchase' and coalesce(sg.status, '') <> 'met') then 'awaiting_order_compliance'
    end
    from ${CARRIER_ORDERS} o where o.order_id = "numbers".purchase_order_id and o.status = 'queued' and o.submit_attempts = 0 and o.compliance_deadline_at is not null
  ) end as status_reason`;

const COLUMNS = `e164, number_id, country_code, number_type, region, locality, rate_center, capabilities, state, owner_account_id, owner_partner_id,
  tenant_account_id, purchase_order_id, reserved_by_account_id, reservation_id, reserved_until, aging_until, activated_at, released_at, release_reason,
  connection_id, tags, description, customer_reference, source, purchased_at, updated_at, ${STATUS_REASON_SQL}`;

/**
 * Numbers matching `where`, locked FOR UPDATE in e164 order: every lifecycle move locks this way,
 * so two transactions over overlapping numbers queue instead of deadlocking.
 */
export function lockNumbers(em: EntityManager, where: string, params: unknown[]): Promise<NumberRow[]> {
  return sql<NumberRow>(em, `select ${COLUMNS} from ${NUMBERS} where ${where} order by e164 for update`, params);
}

/** Reads without locking; `suffix` may add a limit (rows always come in e164 order). */
export function readNumbers(em: EntityManager, where: string, params: unknown[], suffix = ''): Promise<NumberRow[]> {
  return sql<NumberRow>(em, `select ${COLUMNS} from ${NUMBERS} where ${where} order by e164 ${suffix}`, params);
}

/** What a number that goes back to stock forgets: everything about its owner and its sale. */
export const CLEAR_OWNERSHIP_SQL = `number_id = null, owner_account_id = null, owner_partner_id = null, tenant_account_id = null, purchase_order_id = null,
  activated_at = null, connection_id = null, tags = '{}', customer_reference = null, description = null, purchased_at = null`;

/** The facts every number event carries (an owned row: number id and owner are set). */
export function numberFactsOf(row: NumberRow): {
  number_id: string;
  phone_number: string;
  account_id: string;
  country_code: string;
  number_type: NumberType;
} {
  return {
    number_id: row.number_id as string,
    phone_number: row.e164,
    account_id: row.owner_account_id as string,
    country_code: row.country_code,
    number_type: row.number_type,
  };
}

/**
 * Who an event about an owned number goes to: its owner, and the owner's partner when a tenant owns it;
 * with the number's connection, so endpoints scoped to that connection receive it.
 */
export function ownerScopeOf(row: NumberRow): {
  accountId: string;
  partnerId: string | null;
  connectionId: string | null;
} {
  return {
    accountId: row.owner_account_id as string,
    partnerId: row.owner_partner_id,
    connectionId: row.connection_id,
  };
}
