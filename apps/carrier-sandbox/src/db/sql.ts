/** The carrier sandbox schema's tables read with hand-written SQL, qualified: raw SQL never depends on the connection's search_path. */
export const ORDERS = '"carrier_sandbox"."orders"';

export { asDate, sql } from '@did/persistence';
