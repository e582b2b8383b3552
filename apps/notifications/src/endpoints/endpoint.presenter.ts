import type { WebhookEndpoint as WebhookEndpointView } from '@did/contracts';
import type { WebhookEndpoint } from './entities/webhook-endpoint.entity';

/** The public view of an endpoint: never its secrets. */
export function presentEndpoint(e: WebhookEndpoint, now: Date): WebhookEndpointView {
  const overlap =
    e.previousSecretExpiresAt && e.previousSecretExpiresAt > now ? e.previousSecretExpiresAt.toISOString() : null;
  return {
    id: e.id,
    record_type: 'webhook_endpoint',
    account_id: e.accountId,
    url: e.url,
    events: e.eventTypes,
    connection_id: e.connectionId,
    description: e.description,
    include_tenants: e.includeTenants,
    enabled: e.enabled,
    disabled_reason: e.disabledReason,
    secret_rotated_at: e.secretRotatedAt?.toISOString() ?? null,
    previous_secret_expires_at: overlap,
    created_at: e.createdAt.toISOString(),
    updated_at: e.updatedAt.toISOString(),
  };
}
