import { z } from 'zod';
import { CarrierE164, carrierNumberList } from './carrier-common';

/** A number's status in a carrier order. WARNING: persisted by the sandbox and read by adapters. */
export const CarrierOrderNumberStatus = { Pending: 'pending', Active: 'active', Failed: 'failed' } as const;
export type CarrierOrderNumberStatus = (typeof CarrierOrderNumberStatus)[keyof typeof CarrierOrderNumberStatus];

/** An order's status: `pending` until activation, then `completed` (each number says active or failed). */
export const CarrierOrderStatus = { Pending: 'pending', Completed: 'completed' } as const;
export type CarrierOrderStatus = (typeof CarrierOrderStatus)[keyof typeof CarrierOrderStatus];

/** `POST /v1/orders`. */
export const CreateCarrierOrderBody = z.strictObject({
  numbers: carrierNumberList(100),
  reference: z.string().trim().min(1).max(120).optional(),
  /** Receives one POST of {@link CarrierOrderCallback} when the order completes. */
  callback_url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
});
export type CreateCarrierOrderBody = z.infer<typeof CreateCarrierOrderBody>;

export const CarrierOrderNumber = z.object({
  phone_number: CarrierE164,
  status: z.enum([CarrierOrderNumberStatus.Pending, CarrierOrderNumberStatus.Active, CarrierOrderNumberStatus.Failed]),
  /** Why activation failed (e.g. `activation_rejected`); null otherwise. */
  error_code: z.string().nullable(),
  error_message: z.string().nullable(),
});
export type CarrierOrderNumber = z.infer<typeof CarrierOrderNumber>;

/** `POST /v1/orders` (202) and `GET /v1/orders/{id}`. Times are ISO 8601. */
export const CarrierOrder = z.object({
  id: z.string(),
  reference: z.string().nullable(),
  status: z.enum([CarrierOrderStatus.Pending, CarrierOrderStatus.Completed]),
  numbers: z.array(CarrierOrderNumber),
  created_at: z.string(),
  /** When the carrier will activate (or has activated) the numbers. */
  activates_at: z.string(),
  completed_at: z.string().nullable(),
  callback_url: z.string().nullable(),
});
export type CarrierOrder = z.infer<typeof CarrierOrder>;

export const CARRIER_ORDER_COMPLETED = 'carrier.order.completed' as const;

/** The body POSTed to an order's `callback_url` when it completes (at most 3 attempts). */
export const CarrierOrderCallback = z.object({ event: z.literal(CARRIER_ORDER_COMPLETED), order: CarrierOrder });
export type CarrierOrderCallback = z.infer<typeof CarrierOrderCallback>;
