import { z } from 'zod';
import { CAPABILITIES, NUMBER_TYPES } from './number-enums';

const at = z.iso.datetime({ offset: true });
const number = {
  number_id: z.string(),
  phone_number: z.string(),
  account_id: z.string(),
  country_code: z.string(),
  number_type: z.enum(NUMBER_TYPES),
};

/** What the number can do (voice, sms, ...), from the carrier. Optional: events published before it was added lack it. */
const capabilities = z.array(z.enum(CAPABILITIES)).optional();

/** The carrier activated an ordered number: it is the account's now, and its first cycle starts at `activated_at`. */
export const NumberActivatedV1 = z.object({
  ...number,
  capabilities,
  order_id: z.string().nullable(),
  activated_at: at,
});
export type NumberActivatedV1 = z.infer<typeof NumberActivatedV1>;

/** The carrier could not activate an ordered number (or did not answer before the deadline); it is back in stock and its charges are refunded. */
export const NumberPurchaseFailedV1 = z.object({
  ...number,
  order_id: z.string(),
  failure_code: z.string(),
  failure_message: z.string(),
  failed_at: at,
});
export type NumberPurchaseFailedV1 = z.infer<typeof NumberPurchaseFailedV1>;

/** Why a number left its owner. WARNING: published; add reasons, never rename one. */
export const NumberReleaseReason = {
  ReleasedByUser: 'released_by_user',
  RenewalCancelled: 'renewal_cancelled',
  Unpaid: 'unpaid',
} as const;
export type NumberReleaseReason = (typeof NumberReleaseReason)[keyof typeof NumberReleaseReason];
export const NUMBER_RELEASE_REASONS = Object.values(NumberReleaseReason) as [
  NumberReleaseReason,
  ...NumberReleaseReason[],
];

/** A number was released: disconnected upstream, no longer the account's; it ages before it is sold again. */
export const NumberReleasedV1 = z.object({ ...number, reason: z.enum(NUMBER_RELEASE_REASONS), released_at: at });
export type NumberReleasedV1 = z.infer<typeof NumberReleasedV1>;

/** A partner assigned one of its numbers to a tenant (or took it back: tenant_account_id null). Billing stays with the owner. */
export const NumberAssignedV1 = z.object({
  number_id: z.string(),
  phone_number: z.string(),
  owner_account_id: z.string(),
  tenant_account_id: z.string().nullable(),
  previous_tenant_account_id: z.string().nullable(),
  assigned_at: at,
});
export type NumberAssignedV1 = z.infer<typeof NumberAssignedV1>;

/** Registry fields of an owned number changed (customer_reference, description, tags, connection_id); `changes` holds the new values. */
export const NumberUpdatedV1 = z.object({
  number_id: z.string(),
  phone_number: z.string(),
  account_id: z.string(),
  changes: z.record(z.string(), z.unknown()),
  updated_at: at,
});
export type NumberUpdatedV1 = z.infer<typeof NumberUpdatedV1>;

/**
 * A number being ported in from another carrier is in the account as porting_in: it can be configured
 * (routing, E911, compliance, tags) before it lands, and takes no traffic until number.ported_in.
 */
export const NumberPortingInV1 = z.object({ ...number, capabilities, port_order_id: z.string(), porting_since: at });
export type NumberPortingInV1 = z.infer<typeof NumberPortingInV1>;

/** A number that was porting in will not port (its port order was cancelled or failed, or the number dropped): it left the account. */
export const NumberPortAbandonedV1 = z.object({ ...number, port_order_id: z.string(), abandoned_at: at });
export type NumberPortAbandonedV1 = z.infer<typeof NumberPortAbandonedV1>;
