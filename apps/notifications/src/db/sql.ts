/** The notifications schema's tables, qualified: raw SQL never depends on the connection's search_path. */
export const EVENTS = '"notifications"."events"';
export const WEBHOOK_ENDPOINTS = '"notifications"."webhook_endpoints"';
export const WEBHOOK_DELIVERIES = '"notifications"."webhook_deliveries"';
export const WEBHOOK_ENDPOINT_LEASES = '"notifications"."webhook_endpoint_leases"';
export const WEBHOOK_ATTEMPTS = '"notifications"."webhook_attempts"';

export { sql } from '@did/persistence';
