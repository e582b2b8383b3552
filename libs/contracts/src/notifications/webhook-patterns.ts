/**
 * Request/reply patterns of the notifications service. WARNING: subjects the gateway depends on;
 * renaming one needs both sides deployed together.
 */
export const WebhookPatterns = {
  CreateEndpoint: 'notifications.endpoints.create',
  ListEndpoints: 'notifications.endpoints.list',
  GetEndpoint: 'notifications.endpoints.get',
  UpdateEndpoint: 'notifications.endpoints.update',
  DeleteEndpoint: 'notifications.endpoints.delete',
  RotateSecret: 'notifications.endpoints.rotate-secret',
  ListDeliveries: 'notifications.deliveries.list',
  RetryDelivery: 'notifications.deliveries.retry',
  ListEvents: 'notifications.events.list',
} as const;

/** Who asks: the acting account and, for a tenant, its partner. Every request carries it; the service scopes by it. */
export interface WebhookCaller {
  account_id: string;
  partner_id: string | null;
}
