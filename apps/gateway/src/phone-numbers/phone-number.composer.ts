import { NumberBilling, NumberSettings, PendingNumberBilling, PhoneNumber, RegistryNumber } from '@did/contracts';

/** What the three owners said about one number; billing and settings are absent when the caller may not see them (or there are none yet). */
export interface NumberParts {
  registry: RegistryNumber;
  billing?: NumberBilling;
  pending?: PendingNumberBilling;
  settings?: NumberSettings;
}

/** One PhoneNumber from its parts: registry facts, billing (the buyer's and its partner's view only), routing settings. */
export function composePhoneNumber({ registry: r, billing: b, pending: p, settings: s }: NumberParts): PhoneNumber {
  return {
    id: r.number_id,
    record_type: 'phone_number',
    e164: r.phone_number,
    phone_number: r.phone_number,
    country_code: r.country_code,
    region: r.region,
    locality: r.locality,
    rate_center: r.rate_center,
    number_type: r.number_type,
    capabilities: r.capabilities,
    status: r.status,
    status_reason: r.status_reason,
    source: r.source,
    owner_account_id: r.owner_account_id,
    tenant_account_id: r.tenant_account_id,
    connection_id: r.connection_id,
    tags: r.tags,
    description: r.description,
    customer_reference: r.customer_reference,
    order_id: r.order_id,
    currency: b?.currency ?? p?.currency ?? null,
    setup_price_cents: b?.setup_price_cents ?? p?.setup_price_cents ?? null,
    monthly_price_cents: b?.monthly_price_cents ?? p?.monthly_price_cents ?? null,
    is_trial_number: b?.is_trial_number ?? p?.is_trial_number ?? null,
    minimum_commitment_months: b?.minimum_commitment_months ?? p?.minimum_commitment_months ?? null,
    billing_status: b?.status ?? null,
    auto_renew: b?.auto_renew ?? p?.auto_renew ?? null,
    cancel_at_period_end: b?.cancel_at_period_end ?? null,
    billing_started_at: b?.billing_started_at ?? null,
    last_billed_at: b?.last_billed_at ?? null,
    paid_until: b?.paid_until ?? null,
    next_billing_date: b?.next_billing_date ?? null,
    purchased_at: r.purchased_at,
    activated_at: r.activated_at,
    released_at: r.released_at,
    cnam_display_name: s?.cnam_display_name ?? null,
    cnam_lookup_enabled: s?.cnam_lookup_enabled ?? null,
    caller_id: s?.caller_id ?? null,
    tech_prefix_enabled: s?.tech_prefix_enabled ?? null,
    inbound_call_screening: s?.inbound_call_screening ?? null,
    messaging_enabled: s?.messaging_enabled ?? null,
    recording: s?.recording ?? null,
    max_channels: s?.max_channels ?? null,
    voice_destination: s?.voice_destination ?? null,
    sms_routing: s?.sms_routing ?? null,
    effective: s?.effective ?? null,
    created_at: r.purchased_at,
    updated_at: latest(r.updated_at, s?.updated_at ?? null),
  };
}

function latest(a: string, b: string | null): string {
  return b && b > a ? b : a;
}
