import { Currency, NumberType, type SupportedCountry } from '@did/contracts';

export interface WholesalePrice {
  setup_cents: number;
  monthly_cents: number;
}

/**
 * What the carrier charges the platform, per country and number type, in minor units of the
 * country's own currency (cents, pence, paise): a one-time setup fee and a monthly fee. The
 * platform's customer prices are these plus ordering's markup.
 */
export const WHOLESALE_PRICES: Record<
  SupportedCountry,
  { currency: Currency; prices: Partial<Record<NumberType, WholesalePrice>> }
> = {
  US: {
    currency: Currency.USD,
    prices: {
      [NumberType.Local]: { setup_cents: 50, monthly_cents: 40 },
      [NumberType.TollFree]: { setup_cents: 100, monthly_cents: 80 },
    },
  },
  CA: { currency: Currency.CAD, prices: { [NumberType.Local]: { setup_cents: 75, monthly_cents: 60 } } },
  GB: {
    currency: Currency.GBP,
    prices: {
      [NumberType.Local]: { setup_cents: 100, monthly_cents: 90 },
      [NumberType.National]: { setup_cents: 150, monthly_cents: 120 },
      [NumberType.Mobile]: { setup_cents: 200, monthly_cents: 250 },
    },
  },
  IN: {
    currency: Currency.INR,
    prices: {
      [NumberType.Local]: { setup_cents: 4_000, monthly_cents: 6_000 },
      [NumberType.Mobile]: { setup_cents: 8_000, monthly_cents: 12_000 },
    },
  },
};

/** The wholesale price of a number type in a country; throws for a type the carrier does not sell there. */
export function wholesalePrice(country: SupportedCountry, type: NumberType): WholesalePrice & { currency: Currency } {
  const entry = WHOLESALE_PRICES[country];
  const price = entry.prices[type];
  if (!price) throw new Error(`no wholesale price for ${type} numbers in ${country}`);
  return { ...price, currency: entry.currency };
}
