import type { Constructor } from '@mikro-orm/core';
import { WebhookAttempt } from './deliveries/entities/webhook-attempt.entity';
import { WebhookDelivery } from './deliveries/entities/webhook-delivery.entity';
import { WebhookEndpointLease } from './deliveries/entities/webhook-endpoint-lease.entity';
import { WebhookEndpoint } from './endpoints/entities/webhook-endpoint.entity';
import { EventRecord } from './events/entities/event-record.entity';

/** Every entity of the notifications schema, listed explicitly (the messaging tables are added by ServiceCoreModule). */
export const ENTITIES: Constructor[] = [
  WebhookEndpoint,
  EventRecord,
  WebhookDelivery,
  WebhookAttempt,
  WebhookEndpointLease,
];
