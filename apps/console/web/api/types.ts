/** Response shapes of the public /v1 API the console reads (see /docs/openapi.json). */
export interface Page<T> {
  data: T[];
  meta: { total?: number; count?: number; next_cursor: string | null };
}

export interface Account {
  id: string;
  type: 'partner' | 'tenant' | string;
  parent_id: string | null;
  name: string;
  currency: string;
  status: string;
}

export type NumberType = 'local' | 'toll_free' | 'national' | 'mobile';
export const NUMBER_TYPES: { value: NumberType; label: string }[] = [
  { value: 'local', label: 'Local (geographic)' },
  { value: 'toll_free', label: 'Toll-free' },
  { value: 'national', label: 'National' },
  { value: 'mobile', label: 'Mobile' },
];
export const COUNTRIES = [
  { value: 'US', label: 'United States' },
  { value: 'CA', label: 'Canada' },
  { value: 'GB', label: 'United Kingdom' },
  { value: 'IN', label: 'India' },
];
export const NUMBER_STATUSES = ['pending', 'active', 'porting_in', 'released', 'purchase_failed'] as const;

export interface VoiceDestination {
  type: string;
  target: string;
}
export interface SmsRouting {
  enabled: boolean;
  inbox_type: string | null;
  inbox: string | null;
  destinations: { type: string; target: string }[];
}

export interface PhoneNumber {
  id: string;
  e164: string;
  phone_number: string;
  country_code: string;
  region: string | null;
  locality: string | null;
  rate_center: string | null;
  number_type: NumberType;
  capabilities: string[];
  status: string;
  source: string;
  owner_account_id: string | null;
  tenant_account_id: string | null;
  connection_id: string | null;
  tags: string[];
  description: string | null;
  customer_reference: string | null;
  currency: string | null;
  setup_price_cents: number | null;
  monthly_price_cents: number | null;
  billing_status: string | null;
  auto_renew: boolean | null;
  cancel_at_period_end: boolean | null;
  billing_started_at: string | null;
  paid_until: string | null;
  next_billing_date: string | null;
  activated_at: string | null;
  released_at: string | null;
  cnam_display_name: string | null;
  cnam_lookup_enabled: boolean | null;
  caller_id: string | null;
  tech_prefix_enabled: boolean | null;
  inbound_call_screening: string | null;
  messaging_enabled: boolean | null;
  recording: boolean | null;
  max_channels: number | null;
  voice_destination: VoiceDestination | null;
  sms_routing: SmsRouting | null;
  effective: { cnam_display_name: string | null; caller_id: string; recording: boolean; max_channels: number; configured: boolean } | null;
  updated_at: string;
}

export interface AvailableNumber {
  phone_number: string;
  country_code: string;
  region: string | null;
  locality: string | null;
  rate_center: string | null;
  national_destination_code: string | null;
  number_type: NumberType;
  capabilities: string[];
  pricing: { activation_fee_cents: number; monthly_fee_cents: number; currency: string; usage_rates: UsageRates; minimum_commitment_months: number };
}
export interface SearchReply {
  data: AvailableNumber[];
  meta: { count: number; total: number; total_capped: boolean; next_cursor: string | null };
}
export interface SummaryReply {
  data: { region: string | null; name: string | null; count: number }[];
  meta: { group_by: string; total: number };
}
/**
 * What calls and messages to a number cost, exact, in micro-units (millionths of a minor unit:
 * 850000 = 0.85 cents). Calls are billed `initial/increment` seconds (60/1).
 */
export interface UsageRates {
  inbound_per_minute_micros: number;
  outbound_per_minute_micros: number;
  connect_fee_micros: number;
  billing_initial_seconds: number;
  billing_increment_seconds: number;
  message_inbound_micros: number;
  message_outbound_micros: number;
  cnam_lookup_micros: number;
}
export interface BuyerPrice {
  country_code: string;
  number_type: NumberType;
  currency: string;
  setup_cents: number;
  monthly_cents: number;
  usage_rates: UsageRates;
  minimum_commitment_months: number;
}
export interface Quote {
  quantity: number;
  currency: string;
  unit_setup_cents: number;
  unit_monthly_cents: number;
  usage_rates: UsageRates;
  minimum_commitment_months: number;
  nrc_cents: number;
  first_mrc_cents: number;
  total_cents: number;
}
export interface OrderedNumber {
  id: string;
  e164: string;
  phone_number: string;
  status: string;
  order_status: string;
  error_code: string | null;
  error_message: string | null;
}
export interface NumberOrder {
  id: string;
  status: 'pending' | 'success' | 'partial_success' | 'failure';
  country_code: string;
  number_type: NumberType;
  currency: string;
  total_charged_cents: number;
  total_refunded_cents: number;
  customer_reference: string | null;
  phone_numbers: OrderedNumber[];
  created_at: string;
  completed_at: string | null;
}

export interface Balance {
  account_id: string;
  balance_cents: number;
  currency: string;
  auto_recharge: { enabled: boolean; threshold_cents: number; amount_cents: number; payment_method_id: string | null };
}
export interface PaymentMethod {
  id: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
}
export interface LedgerEntry {
  id: string;
  kind: string;
  amount_cents: number;
  balance_after_cents: number;
  currency: string;
  reference: string | null;
  description: string;
  created_at: string;
}
export interface UpcomingCharges {
  currency: string;
  balance_cents: number;
  total_due_cents: number;
  covered: boolean;
  shortfall_cents: number;
  until: string;
  data: { number_id: string; phone_number: string; due_at: string; amount_cents: number; status: string; covered: boolean }[];
}
export interface NumberBilling {
  number_id: string;
  phone_number: string;
  status: string;
  currency: string;
  setup_price_cents: number;
  monthly_price_cents: number;
  is_trial_number: boolean;
  minimum_commitment_months: number;
  commitment_ends_at: string | null;
  auto_renew: boolean;
  cancel_at_period_end: boolean;
  billing_started_at: string | null;
  last_billed_at: string | null;
  paid_until: string | null;
  next_billing_date: string | null;
  next_retry_at: string | null;
  release_at: string | null;
  ended_at: string | null;
}
export interface Connection {
  id: string;
  name: string;
  is_default: boolean;
  active: boolean;
  webhook_event_url: string | null;
  number_count: number;
  created_at: string;
}
export interface EmergencyAddress {
  id: string;
  street_address: string;
  extended_address: string | null;
  locality: string;
  administrative_area: string;
  postal_code: string;
  country_code: string;
  number_count: number;
}
export interface NumberEmergency {
  status: string;
  emergency_address_id: string | null;
  failure_reason: string | null;
}
export interface NumberCompliance {
  country_code: string;
  status: string;
  missing: string[];
  end_user: { first_name?: string; last_name?: string; contact_phone?: string; company_name?: string };
  document_ids: string[];
}

export interface WebhookEndpoint {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  include_tenants: boolean;
  enabled: boolean;
  disabled_reason: string | null;
  created_at: string;
}
export interface WebhookDelivery {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempt_count: number;
  next_attempt_at: string | null;
  attempts: { attempted_at: string; status_code: number | null; latency_ms: number; error: string | null }[];
  created_at: string;
}

/** GET /v1/usage/records: one rated call or message. Costs are exact decimal strings in minor units. */
export interface UsageRecord {
  id: string;
  kind: 'call' | 'message';
  phone_number: string;
  account_id: string;
  direction: 'inbound' | 'outbound';
  from: string;
  to: string;
  started_at: string;
  answered_at: string | null;
  ended_at: string | null;
  billable_seconds: number;
  billed_seconds: number;
  parts: number | null;
  hangup_cause: string | null;
  connection_id: string | null;
  currency: string;
  cost_cents_decimal: string;
  charge_id: string;
  partner_cost_cents_decimal: string | null;
  partner_charge_id: string | null;
}

export interface UsageTotals {
  calls: number;
  messages: number;
  message_parts: number;
  billed_seconds: number;
  minutes_decimal: string;
  cost_cents_decimal: string;
}

/** GET /v1/usage/report */
export interface UsageReport {
  group_by: 'day' | 'phone_number' | 'tenant' | 'kind';
  currency: string | null;
  data: (UsageTotals & { key: string })[];
  totals: UsageTotals;
}
