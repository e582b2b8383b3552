import { ClaimedNumber, NumberState, OwnedNumberStatus, RegistryNumber } from '@did/contracts';
import { asDate } from '@did/persistence';
import { NumberHistory, NumberOutcome } from '../registry/entities/number-history.entity';
import { NumberRow } from '../registry/number-rows';

/** The status a client sees for a registry state; null for states no owner can see (in stock, held, blocked). */
export function ownedStatusOf(state: NumberState): OwnedNumberStatus | null {
  switch (state) {
    case NumberState.PendingPurchase:
      return OwnedNumberStatus.Pending;
    case NumberState.Active:
      return OwnedNumberStatus.Active;
    case NumberState.PortingIn:
      return OwnedNumberStatus.PortingIn;
    case NumberState.PendingRelease:
    case NumberState.Aging:
      return OwnedNumberStatus.Released;
    case NumberState.Available:
    case NumberState.Reserved:
    case NumberState.Blocked:
      return null;
  }
}

export function presentClaimed(row: NumberRow, numberId: string): ClaimedNumber {
  return {
    number_id: numberId,
    phone_number: row.e164,
    country_code: row.country_code,
    number_type: row.number_type,
    region: row.region,
    locality: row.locality,
    rate_center: row.rate_center,
    capabilities: row.capabilities,
  };
}

/** A number its owner holds now (pending, active, porting in, or released but not yet aged out of its hands). */
export function presentLive(row: NumberRow): RegistryNumber {
  return {
    ...presentClaimed(row, row.number_id as string),
    status: ownedStatusOf(row.state) ?? OwnedNumberStatus.Released,
    status_reason: row.status_reason,
    owner_account_id: row.owner_account_id,
    tenant_account_id: row.tenant_account_id,
    order_id: row.purchase_order_id,
    connection_id: row.connection_id,
    tags: row.tags,
    description: row.description,
    customer_reference: row.customer_reference,
    source: row.source,
    purchased_at: asDate(row.purchased_at)?.toISOString() ?? null,
    activated_at: asDate(row.activated_at)?.toISOString() ?? null,
    released_at: asDate(row.released_at)?.toISOString() ?? null,
    updated_at: asDate(row.updated_at).toISOString(),
  };
}

/** An ownership that ended: released, or a purchase that failed. */
export function presentEnded(h: NumberHistory): RegistryNumber {
  const released = h.outcome === NumberOutcome.Released;
  return {
    number_id: h.numberId,
    phone_number: h.e164,
    country_code: h.countryCode,
    number_type: h.numberType,
    region: h.region,
    locality: h.locality,
    rate_center: h.rateCenter,
    capabilities: h.capabilities,
    status: released ? OwnedNumberStatus.Released : OwnedNumberStatus.Failed,
    // A failed purchase says why (compliance_incomplete, carrier_timeout, activation_rejected...).
    status_reason: released ? null : h.failureCode,
    owner_account_id: h.ownerAccountId,
    tenant_account_id: h.tenantAccountId,
    order_id: h.orderId,
    // Settings of an ended ownership are gone with it; only the facts of the sale remain.
    connection_id: null,
    tags: [],
    description: null,
    customer_reference: null,
    source: 'purchased',
    purchased_at: null,
    activated_at: h.activatedAt?.toISOString() ?? null,
    released_at: released ? h.endedAt.toISOString() : null,
    updated_at: h.endedAt.toISOString(),
  };
}
