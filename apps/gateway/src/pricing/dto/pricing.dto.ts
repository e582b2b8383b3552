import { MarkupSetSchema, PricingListSchema, QuoteBodySchema, QuoteSchema, SetMarkupsBodySchema } from '@did/contracts';

/*
 * The public shapes of prices, markups and quotes are the ordering contracts themselves. Kept under
 * `...Schema` names (swc decorator metadata breaks Swagger when a type and a value share a name).
 */
export { MarkupSetSchema, PricingListSchema, QuoteBodySchema, QuoteSchema, SetMarkupsBodySchema };
export type { MarkupSet, PricingList, Quote, QuoteBody, SetMarkupsBody } from '@did/contracts';
