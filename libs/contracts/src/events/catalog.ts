import { z } from 'zod';
import { ServiceName } from '../enums';
import { AccountCreatedV1, ApiKeyCreatedV1, ApiKeyRevokedV1 } from './account-events';

/** One entry of the event catalog: who produces it, which version is current, and its payload schema. */
export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  type: string;
  version: number;
  producer: ServiceName;
  description: string;
  schema: S;
}

function define<S extends z.ZodType>(def: EventDefinition<S>): EventDefinition<S> {
  return def;
}

/**
 * Every domain event of the platform. WARNING: `type` strings are published subjects and stored in
 * outboxes, inboxes and webhook logs; never rename one, add a new version instead.
 */
export const Events = {
  AccountCreated: define({
    type: 'account.created',
    version: 1,
    producer: ServiceName.Gateway,
    description: 'A partner (by the operator) or a tenant (by its partner) was created.',
    schema: AccountCreatedV1,
  }),
  ApiKeyCreated: define({
    type: 'api_key.created',
    version: 1,
    producer: ServiceName.Gateway,
    description: 'An API key was issued for an account. The secret is never in the event.',
    schema: ApiKeyCreatedV1,
  }),
  ApiKeyRevoked: define({
    type: 'api_key.revoked',
    version: 1,
    producer: ServiceName.Gateway,
    description: 'An API key was revoked; requests with it fail from now on.',
    schema: ApiKeyRevokedV1,
  }),
} as const;

export type EventName = keyof typeof Events;
export type EventData<K extends EventName> = z.infer<(typeof Events)[K]['schema']>;

const byType = new Map<string, EventDefinition>(Object.values(Events).map((d) => [d.type, d]));

/** The catalog entry for an event type, or undefined for a type this build does not know. */
export function eventDefinition(type: string): EventDefinition | undefined {
  return byType.get(type);
}
