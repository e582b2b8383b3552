/** The gateway schema's tables read with hand-written SQL, qualified: raw SQL never depends on the connection's search_path. */
export const ACCOUNTS = '"gateway"."accounts"';
export const API_KEYS = '"gateway"."api_keys"';
export const IDEMPOTENCY_RECORDS = '"gateway"."idempotency_records"';

export { sql } from '@did/persistence';
