export { sql } from '@did/persistence';

/** The routing schema's tables, qualified: raw SQL never depends on the connection's search_path. */
export const NUMBERS = '"routing"."numbers"';
export const NUMBER_SETTINGS = '"routing"."number_settings"';
export const ACCOUNT_DEFAULTS = '"routing"."account_defaults"';
export const EMERGENCY_ADDRESSES = '"routing"."emergency_addresses"';
export const NUMBER_EMERGENCY = '"routing"."number_emergency"';
export const NUMBER_COMPLIANCE = '"routing"."number_compliance"';

export const ACCOUNT_DEBTS = '"routing"."account_debts"';
