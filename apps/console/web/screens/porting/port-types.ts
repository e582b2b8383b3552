/** Port-in shapes of /v1/numbers/porting-orders (libs/contracts/src/porting). */
export interface PortOrderNumber {
  phone_number: string;
  number_id: string | null;
  status: string;
  portable: boolean | null;
  not_portable_reason: string | null;
  status_detail: string | null;
  fee_cents: number | null;
  fee_refunded: boolean;
}
export interface PortOrder {
  id: string;
  status: string;
  status_detail: string;
  related_order_ids: string[];
  country_code: string;
  losing_carrier: string | null;
  use: 'business' | 'personal';
  end_user: { name: string; company: string | null; service_address: Record<string, unknown>; account_number: string; pin_set: boolean; billing_telephone_number: string | null };
  requested_foc_date: string;
  foc_date: string | null;
  documents: string[];
  exception: { code: string; message: string; remediation: string; raised_at: string } | null;
  phone_numbers: PortOrderNumber[];
  fees: { currency: string; charged_cents: number; refunded_cents: number };
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  completed_at: string | null;
}
export interface PortTimelineEntry {
  id: string;
  at: string;
  kind: string;
  actor: string;
  from_status: string | null;
  to_status: string | null;
  message: string;
}
export interface PortabilityResult {
  phone_number: string;
  portable: boolean;
  fast_portable: boolean;
  not_portable_reason: string | null;
  losing_carrier: string | null;
  error: { code: string; message: string } | null;
}
export interface PortingDocument {
  id: string;
  document_type: string;
  filename: string | null;
  content_type: string;
  size_bytes: number;
}

/** The first business day (Mon-Fri, UTC) at least `days` days ahead, as YYYY-MM-DD. */
export function businessDayAhead(days: number, from = new Date()): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days));
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
