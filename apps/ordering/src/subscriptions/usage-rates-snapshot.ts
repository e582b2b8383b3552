import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Currency, Events, NumberType, SupportedCountry } from '@did/contracts';
import { appendToOutbox } from '@did/messaging';
import { sql, SUBSCRIPTIONS } from '../db/sql';
import { PricingService } from '../pricing/pricing.service';

const SERVICE = 'ordering';

/** A number whose billing just started, and what it was bought as. */
export interface RatedNumber {
  numberId: string;
  e164: string;
  accountId: string;
  partnerId: string | null;
  currency: Currency;
  countryCode: string;
  numberType: NumberType;
  effectiveFrom: Date;
}

/**
 * Fixes the usage rates a number is charged at when its billing starts: the buyer's price (with its
 * partner's markup) and, for a tenant, the partner's platform rates. Kept on the subscription and
 * published as number.usage_rates_set, in the caller's transaction, for usage to rate its records.
 * A later price-list change does not touch it; a documented change would publish a new period.
 */
@Injectable()
export class UsageRatesSnapshot {
  constructor(private readonly pricing: PricingService) {}

  async take(em: EntityManager, n: RatedNumber, now: Date): Promise<void> {
    const country = n.countryCode as SupportedCountry;
    const buyer = (
      await this.pricing.pricesFor({ accountId: n.accountId, partnerId: n.partnerId, currency: n.currency }, [country])
    ).find((p) => p.number_type === n.numberType);
    // Not on the price list (no longer sold): the number has no usage rates, its records are held for an operator.
    if (!buyer) return;
    const platform = n.partnerId
      ? ((
          await this.pricing.pricesFor({ accountId: n.partnerId, partnerId: null, currency: n.currency }, [country])
        ).find((p) => p.number_type === n.numberType) ?? null)
      : null;
    await sql(
      em,
      `update ${SUBSCRIPTIONS} set usage_rates = ?::jsonb, partner_usage_rates = ?::jsonb where number_id = ?`,
      [JSON.stringify(buyer.usage_rates), platform ? JSON.stringify(platform.usage_rates) : null, n.numberId],
    );
    await appendToOutbox(
      em,
      SERVICE,
      Events.NumberUsageRatesSet,
      {
        number_id: n.numberId,
        phone_number: n.e164,
        account_id: n.accountId,
        partner_id: n.partnerId,
        currency: buyer.currency,
        rates: buyer.usage_rates,
        partner_rates: platform?.usage_rates ?? null,
        effective_from: n.effectiveFrom.toISOString(),
      },
      { accountId: n.accountId, partnerId: n.partnerId },
      now,
    );
  }
}
