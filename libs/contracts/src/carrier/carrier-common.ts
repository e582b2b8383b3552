import { z } from 'zod';

/** An E.164 number as the carrier API takes it: `+` then 7 to 15 digits. */
export const CarrierE164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number such as +15125550100');

/** 1 to `max` distinct E.164 numbers. */
export function carrierNumberList(max: number) {
  return z
    .array(CarrierE164)
    .min(1)
    .max(max)
    .refine((numbers) => new Set(numbers).size === numbers.length, 'numbers must be distinct');
}

/**
 * Error codes of the carrier API (sandbox and, later, real carrier adapters map to these).
 * Errors arrive as `{type, code, message}`. WARNING: adapters branch on these; never rename one.
 */
export const CarrierErrorCode = {
  /** The carrier failed this request (transient: retry later). HTTP 503. */
  CarrierError: 'carrier_error',
  /** The carrier is down (every request fails until it is back). HTTP 503. */
  CarrierDown: 'carrier_down',
  OrderNotFound: 'carrier_order_not_found',
} as const;
export type CarrierErrorCode = (typeof CarrierErrorCode)[keyof typeof CarrierErrorCode];
