/**
 * NATS naming. Every subject and stream carries a prefix from configuration (`NATS_PREFIX`) so two
 * deployments or two test runs can share one NATS server without seeing each other.
 *
 * WARNING: these names are persisted in JetStream (stream names, consumer filters, durable consumer
 * names). Changing one needs a migration of the running streams and consumers.
 */

/** Request/reply subject for a pattern such as `inventory.health`. */
export function rpcSubject(prefix: string, pattern: string): string {
  return `${prefix}.rpc.${pattern}`;
}

/** Subject a domain event of `type` (e.g. `account.created`) is published on. */
export function eventSubject(prefix: string, type: string): string {
  return `${prefix}.events.${type}`;
}

/** Wildcard covering every domain event of a deployment. */
export function allEventsSubject(prefix: string): string {
  return `${prefix}.events.>`;
}

/** JetStream stream holding every domain event of a deployment. Stream names may not contain dots. */
export function eventsStreamName(prefix: string): string {
  return `${prefix.replace(/[^A-Za-z0-9_-]/g, '_').toUpperCase()}_EVENTS`;
}

/** A valid prefix: starts with a letter, then letters, digits, `_` or `-` (NATS tokens, stream names). */
export const NATS_PREFIX_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
