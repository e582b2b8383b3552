import { z } from 'zod';
import { ServiceName } from '../enums';
import { AccountCreatedV1, ApiKeyCreatedV1, ApiKeyRevokedV1 } from './account-events';
import { DeadLetterCreatedV1 } from './dead-letters';
import {
  ReservationCreatedV1,
  ReservationExpiredV1,
  ReservationExtendedV1,
  ReservationReleasedV1,
} from '../inventory/reservation-events';
import { WebhookEndpointDisabledV1 } from '../notifications/webhook-events';
import { LedgerEntryCreatedV1, PaymentFailedV1, PaymentSucceededV1, WalletCreatedV1 } from '../ordering/wallet-events';
import {
  NumberActivatedV1,
  NumberAssignedV1,
  NumberPortAbandonedV1,
  NumberPortingInV1,
  NumberPurchaseFailedV1,
  NumberReleasedV1,
  NumberUpdatedV1,
} from '../inventory/number-events';
import {
  NumberBillingEndedV1,
  NumberCancellationScheduledV1,
  NumberOrderCompletedV1,
  NumberOrderPlacedV1,
  NumberRenewalFailedV1,
  NumberRenewedV1,
  WalletLowBalanceV1,
} from '../ordering/order-events';
import {
  AccountDefaultsUpdatedV1,
  EmergencyAddressCreatedV1,
  EmergencyAddressDeletedV1,
  NumberComplianceUpdatedV1,
  NumberEmergencyUpdatedV1,
  NumberRoutingUpdatedV1,
} from '../routing/routing-events';
import {
  NumberUsageRatesEndedV1,
  NumberUsageRatesSetV1,
  UsageChargedV1,
  UsageRatedV1,
  WalletDebtChangedV1,
} from '../usage/usage-events';
import {
  NumberPortedInV1,
  PortingOrderCompletedV1,
  PortingOrderExceptionV1,
  PortingOrderNewCommentV1,
  PortingOrderStatusChangedV1,
} from '../porting/porting-events';

/** The producer of an event that every service with durable consumers can publish (dead letters). */
export const ANY_SERVICE = 'any service';

/** One entry of the event catalog: who produces it, which version is current, and its payload schema. */
export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  type: string;
  version: number;
  producer: ServiceName | typeof ANY_SERVICE;
  /** About no account: for internal subscribers only, never a webhook (and not a type an endpoint can subscribe to). */
  internal?: true;
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
    description:
      'Numbers were reserved for an account until expires_at; nobody else can reserve or buy them meanwhile.',
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
    description:
      'A reservation ran out. Its numbers were already free from expires_at on; the event is recorded by the expiry sweeper.',
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
    description:
      'The platform disabled a webhook endpoint: it answered 410 Gone, or every delivery to it failed for the configured period. Enable it again with PATCH.',
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
    description:
      'Money moved in a wallet: a top-up, order charge, refund, renewal, lookup fee or adjustment. amount_cents is signed; balance_after_cents is the balance right after it.',
    schema: LedgerEntryCreatedV1,
  }),
  PaymentSucceeded: define({
    type: 'payment.succeeded',
    version: 1,
    producer: ServiceName.Ordering,
    description:
      'A saved card was charged (a top-up or an auto-recharge); the wallet was credited in the same transaction.',
    schema: PaymentSucceededV1,
  }),
  PaymentFailed: define({
    type: 'payment.failed',
    version: 1,
    producer: ServiceName.Ordering,
    description: 'A card charge was declined; nothing was credited.',
    schema: PaymentFailedV1,
  }),
  NumberOrderPlaced: define({
    type: 'number_order.placed',
    version: 1,
    producer: ServiceName.Ordering,
    description:
      'An order was paid for (NRC and the first 30-day MRC debited); inventory sends its numbers to the carrier. Every number is pending.',
    schema: NumberOrderPlacedV1,
  }),
  NumberOrderCompleted: define({
    type: 'number_order.completed',
    version: 1,
    producer: ServiceName.Ordering,
    description:
      'Every number of an order is resolved: success (active) or failure (refunded in full). status is success, partial_success or failure.',
    schema: NumberOrderCompletedV1,
  }),
  NumberActivated: define({
    type: 'number.activated',
    version: 1,
    producer: ServiceName.Inventory,
    description:
      "The carrier activated a number: it is the account's, and its first 30-day cycle starts at activated_at.",
    schema: NumberActivatedV1,
  }),
  NumberPurchaseFailed: define({
    type: 'number.purchase_failed',
    version: 1,
    producer: ServiceName.Inventory,
    description:
      'The carrier could not activate an ordered number (or did not answer before the deadline). The number is back in stock; its charges are refunded.',
    schema: NumberPurchaseFailedV1,
  }),
  NumberReleased: define({
    type: 'number.released',
    version: 1,
    producer: ServiceName.Inventory,
    description:
      'A number was released (by its owner, at the end of a cancelled renewal, or unpaid past grace): disconnected upstream and no longer billed.',
    schema: NumberReleasedV1,
  }),
  NumberAssigned: define({
    type: 'number.assigned',
    version: 1,
    producer: ServiceName.Inventory,
    description:
      'A partner assigned a number to one of its tenants (tenant_account_id), or unassigned it (null). The buyer keeps paying for it.',
    schema: NumberAssignedV1,
  }),
  NumberUpdated: define({
    type: 'number.updated',
    version: 1,
    producer: ServiceName.Inventory,
    description:
      'Registry fields of a number changed (customer_reference, description, tags, connection_id); changes holds each changed field with its new value. Routing settings changes are number.routing_updated.',
    schema: NumberUpdatedV1,
  }),
  NumberRenewed: define({
    type: 'number.renewed',
    version: 1,
    producer: ServiceName.Ordering,
    description: 'One more 30-day period of a number was paid (exactly one debit per period).',
    schema: NumberRenewedV1,
  }),
  NumberRenewalFailed: define({
    type: 'number.renewal_failed',
    version: 1,
    producer: ServiceName.Ordering,
    description:
      'A renewal could not be paid: the number is past due, retried at next_retry_at, and released at release_at unless the balance covers it first.',
    schema: NumberRenewalFailedV1,
  }),
  NumberCancellationScheduled: define({
    type: 'number.cancellation_scheduled',
    version: 1,
    producer: ServiceName.Ordering,
    description:
      'Renewal was cancelled: the number stays active until paid_until, then is released with no further charge.',
    schema: NumberCancellationScheduledV1,
  }),
  NumberBillingEnded: define({
    type: 'number.billing_ended',
    version: 1,
    producer: ServiceName.Ordering,
    description:
      'Billing of a number ended (a cancelled renewal reached paid_until, or the number stayed unpaid past grace); inventory releases it next (number.released).',
    schema: NumberBillingEndedV1,
  }),
  WalletLowBalance: define({
    type: 'wallet.low_balance',
    version: 1,
    producer: ServiceName.Ordering,
    description:
      'A renewal due in 7 days (or 1 day) is not covered by the balance; sent once per renewal and threshold.',
    schema: WalletLowBalanceV1,
  }),
  NumberRoutingUpdated: define({
    type: 'number.routing_updated',
    version: 1,
    producer: ServiceName.Routing,
    description:
      "Routing settings of a number changed (CNAM, caller ID, screening, messaging, recording, max channels, voice destination, SMS routing); changes holds each changed field with its new value (null: inherits the account's default again).",
    schema: NumberRoutingUpdatedV1,
  }),
  AccountDefaultsUpdated: define({
    type: 'account_defaults.updated',
    version: 1,
    producer: ServiceName.Routing,
    description:
      "An account's defaults for its numbers changed (default CNAM, unconfigured-number behaviour, recording, max channels); changes holds the new values.",
    schema: AccountDefaultsUpdatedV1,
  }),
  EmergencyAddressCreated: define({
    type: 'emergency_address.created',
    version: 1,
    producer: ServiceName.Routing,
    description: 'An emergency (E911) address was validated by the carrier and stored for the account.',
    schema: EmergencyAddressCreatedV1,
  }),
  EmergencyAddressDeleted: define({
    type: 'emergency_address.deleted',
    version: 1,
    producer: ServiceName.Routing,
    description: 'An emergency address no number uses was deleted.',
    schema: EmergencyAddressDeletedV1,
  }),
  NumberEmergencyUpdated: define({
    type: 'number.emergency_updated',
    version: 1,
    producer: ServiceName.Routing,
    description:
      "A number's 911 service changed state: provisioning (address sent to the carrier), active (911 calls carry the address), failed (failure_reason), deprovisioning, disabled. Only active numbers are covered: resolve rejects 911 calls from the others.",
    schema: NumberEmergencyUpdatedV1,
  }),
  NumberComplianceUpdated: define({
    type: 'number.compliance_updated',
    version: 1,
    producer: ServiceName.Routing,
    description:
      "End-user details or documents of a number were put on file; status is met, missing (missing lists what) or not_required for the number's country.",
    schema: NumberComplianceUpdatedV1,
  }),
  PortingOrderStatusChanged: define({
    type: 'porting_order.status_changed',
    version: 1,
    producer: ServiceName.Porting,
    description:
      'A port-in order changed status (draft, submitted, in_progress, approved, exception, completed, cancelled, failed); reason says why, foc_date once the carrier committed to one.',
    schema: PortingOrderStatusChangedV1,
  }),
  PortingOrderException: define({
    type: 'porting_order.exception',
    version: 1,
    producer: ServiceName.Porting,
    description:
      'The losing carrier holds a port order with a typed code (account_number_mismatch, pin_invalid, ...); remediation says what to PATCH before resubmitting.',
    schema: PortingOrderExceptionV1,
  }),
  PortingOrderCompleted: define({
    type: 'porting_order.completed',
    version: 1,
    producer: ServiceName.Porting,
    description: 'A port order completed: its numbers are active in the account and billed from now on.',
    schema: PortingOrderCompletedV1,
  }),
  PortingOrderNewComment: define({
    type: 'porting_order.new_comment',
    version: 1,
    producer: ServiceName.Porting,
    description: 'A comment was added to a port order.',
    schema: PortingOrderNewCommentV1,
  }),
  NumberPortedIn: define({
    type: 'number.ported_in',
    version: 1,
    producer: ServiceName.Inventory,
    description:
      'A number ported in from another carrier is active in the account (number.activated is sent too, with order_id null); port_order_id names the port order.',
    schema: NumberPortedInV1,
  }),
  NumberPortingIn: define({
    type: 'number.porting_in',
    version: 1,
    producer: ServiceName.Inventory,
    description:
      'A number being ported in is in the account as porting_in (the port order is in progress or approved): routing, E911, compliance and tags can be set now; it takes no calls or messages until number.ported_in.',
    schema: NumberPortingInV1,
  }),
  NumberPortAbandoned: define({
    type: 'number.port_abandoned',
    version: 1,
    producer: ServiceName.Inventory,
    description:
      'A number that was porting in will not port (its port order was cancelled or failed): it left the account, with whatever was configured on it.',
    schema: NumberPortAbandonedV1,
  }),
  NumberUsageRatesSet: define({
    type: 'number.usage_rates_set',
    version: 1,
    producer: ServiceName.Ordering,
    description:
      "The usage rates (per minute, connect fee, increments, per message, CNAM dip) a number is charged at from effective_from: the payer's and, for a tenant, its partner's platform rates. Fixed at purchase.",
    schema: NumberUsageRatesSetV1,
  }),
  NumberUsageRatesEnded: define({
    type: 'number.usage_rates_ended',
    version: 1,
    producer: ServiceName.Ordering,
    description:
      'A number stopped being rated for its payer (released); later records for it are held until it has rates again.',
    schema: NumberUsageRatesEndedV1,
  }),
  UsageRated: define({
    type: 'usage.rated',
    version: 1,
    producer: ServiceName.Usage,
    description:
      'A batch of call and message records was rated for one account, in whole minor units (the sub-cent remainder is carried to the next batch). Ordering charges it once.',
    schema: UsageRatedV1,
  }),
  UsageCharged: define({
    type: 'usage.charged',
    version: 1,
    producer: ServiceName.Ordering,
    description:
      "A rated usage batch was charged to a wallet: paid_cents from the balance, owed_cents added to the wallet's debt.",
    schema: UsageChargedV1,
  }),
  WalletDebtChanged: define({
    type: 'wallet.debt_changed',
    version: 1,
    producer: ServiceName.Ordering,
    description:
      "A wallet's unpaid usage changed. While owed_cents > 0 routing refuses new non-emergency calls to the account's numbers; a top-up settles the debt first.",
    schema: WalletDebtChangedV1,
  }),
  DeadLetterCreated: define({
    type: 'dead_letter.created',
    version: 1,
    producer: ANY_SERVICE,
    internal: true,
    description:
      "A service's consumer gave up on an event (a failure that retrying cannot fix, after its attempts) and parked it in its dead-letter table, where it stays until an operator re-drives it. About no account: for internal subscribers and alerting, never sent as a webhook.",
    schema: DeadLetterCreatedV1,
  }),
} as const;

export type EventName = keyof typeof Events;
export type EventData<K extends EventName> = z.infer<(typeof Events)[K]['schema']>;

const byType = new Map<string, EventDefinition>(Object.values(Events).map((d) => [d.type, d]));

/** The catalog entry for an event type, or undefined for a type this build does not know. */
export function eventDefinition(type: string): EventDefinition | undefined {
  return byType.get(type);
}
