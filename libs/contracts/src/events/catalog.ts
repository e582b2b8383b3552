import { z } from 'zod';
import { ServiceName } from '../enums';
import { AccountCreatedV1, ApiKeyCreatedV1, ApiKeyRevokedV1 } from './account-events';
import { ReservationCreatedV1, ReservationExpiredV1, ReservationExtendedV1, ReservationReleasedV1 } from '../inventory/reservation-events';
import { WebhookEndpointDisabledV1 } from '../notifications/webhook-events';
import { LedgerEntryCreatedV1, PaymentFailedV1, PaymentSucceededV1, WalletCreatedV1 } from '../ordering/wallet-events';

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
  ReservationCreated: define({
    type: 'reservation.created',
    version: 1,
    producer: ServiceName.Inventory,
    description: 'Numbers were reserved for an account until expires_at; nobody else can reserve or buy them meanwhile.',
    schema: ReservationCreatedV1,
  }),
  ReservationExtended: define({
    type: 'reservation.extended',
    version: 1,
    producer: ServiceName.Inventory,
    description: 'A pending reservation was extended; expires_at is the new end of the hold.',
    schema: ReservationExtendedV1,
  }),
  ReservationExpired: define({
    type: 'reservation.expired',
    version: 1,
    producer: ServiceName.Inventory,
    description: 'A reservation ran out. Its numbers were already free from expires_at on; the event is recorded by the expiry sweeper.',
    schema: ReservationExpiredV1,
  }),
  ReservationReleased: define({
    type: 'reservation.released',
    version: 1,
    producer: ServiceName.Inventory,
    description: 'An account gave up a pending reservation early; its numbers are available again.',
    schema: ReservationReleasedV1,
  }),
  WebhookEndpointDisabled: define({
    type: 'webhook_endpoint.disabled',
    version: 1,
    producer: ServiceName.Notifications,
    description: 'The platform disabled a webhook endpoint: it answered 410 Gone, or every delivery to it failed for the configured period. Enable it again with PATCH.',
    schema: WebhookEndpointDisabledV1,
  }),
  WalletCreated: define({
    type: 'wallet.created',
    version: 1,
    producer: ServiceName.Ordering,
    description: "An account's wallet was opened, empty, in the account's currency.",
    schema: WalletCreatedV1,
  }),
  LedgerEntryCreated: define({
    type: 'ledger_entry.created',
    version: 1,
    producer: ServiceName.Ordering,
    description: 'Money moved in a wallet: a top-up, order charge, refund, renewal, lookup fee or adjustment. amount_cents is signed; balance_after_cents is the balance right after it.',
    schema: LedgerEntryCreatedV1,
  }),
  PaymentSucceeded: define({
    type: 'payment.succeeded',
    version: 1,
    producer: ServiceName.Ordering,
    description: 'A saved card was charged (a top-up or an auto-recharge); the wallet was credited in the same transaction.',
    schema: PaymentSucceededV1,
  }),
  PaymentFailed: define({
    type: 'payment.failed',
    version: 1,
    producer: ServiceName.Ordering,
    description: 'A card charge was declined; nothing was credited.',
    schema: PaymentFailedV1,
  }),
} as const;

export type EventName = keyof typeof Events;
export type EventData<K extends EventName> = z.infer<(typeof Events)[K]['schema']>;

const byType = new Map<string, EventDefinition>(Object.values(Events).map((d) => [d.type, d]));

/** The catalog entry for an event type, or undefined for a type this build does not know. */
export function eventDefinition(type: string): EventDefinition | undefined {
  return byType.get(type);
}
