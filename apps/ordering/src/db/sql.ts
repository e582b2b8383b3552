/** Money moves in hand-written SQL: the row lock, the non-negative guard and the unique keys are the point, and they read best as SQL. */
export { sql } from '@did/persistence';

/** The ordering schema's tables, qualified: raw SQL never depends on the connection's search_path. */
export const WALLETS = '"ordering"."wallets"';
export const LEDGER_ENTRIES = '"ordering"."ledger_entries"';
export const PAYMENTS = '"ordering"."payments"';
export const PAYMENT_METHODS = '"ordering"."payment_methods"';
export const SANDBOX_CHARGES = '"ordering"."sandbox_processor_charges"';
export const PRICE_LISTS = '"ordering"."price_lists"';
export const PARTNER_MARKUPS = '"ordering"."partner_markups"';
export const NUMBER_ORDERS = '"ordering"."number_orders"';
export const ORDER_NUMBERS = '"ordering"."order_numbers"';
export const SUBSCRIPTIONS = '"ordering"."subscriptions"';
export const BILLING_PERIODS = '"ordering"."billing_periods"';
export const LOW_BALANCE_NOTICES = '"ordering"."low_balance_notices"';
export const USAGE_CHARGES = '"ordering"."usage_charges"';
export const PRICE_LIST_CHANGES = '"ordering"."price_list_changes"';

/** PostgreSQL bigint arrives as a string; amounts stay far below 2^53 (MAX_AMOUNT_CENTS), so a number is exact. */
export function cents(value: string | number): number {
  return typeof value === 'number' ? value : Number(value);
}

/** True for PostgreSQL's unique_violation (23505). */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string })?.code === '23505';
}
