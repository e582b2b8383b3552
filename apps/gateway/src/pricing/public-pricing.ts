import { z } from 'zod';
import { BuyerPriceSchema, PricingList, PricingListSchema } from '@did/contracts';

/**
 * A price as `GET /v1/pricing` shows it from v1 on: without `per_minute_cents` and `connection_cents`, ordering's
 * deprecated copies of `usage_rates` rounded up to the cent (a second name, and a wrong amount, for the same rate).
 */
export const PublicBuyerPriceSchema = BuyerPriceSchema.omit({ per_minute_cents: true, connection_cents: true }).meta({
  id: 'BuyerPrice',
});

export const PublicPricingListSchema = PricingListSchema.extend({ data: z.array(PublicBuyerPriceSchema) }).meta({
  id: 'PricingList',
});
export type PublicPricingList = z.infer<typeof PublicPricingListSchema>;

/** Ordering's price list without the deprecated fields. */
export function publicPricing(list: PricingList): PublicPricingList {
  return {
    ...list,
    data: list.data.map(({ per_minute_cents: _perMinute, connection_cents: _connection, ...price }) => price),
  };
}
