import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { BuyerPrice, Currency, DomainError, ErrorCode, ErrorType, NumberType, SupportedCountry } from '@did/contracts';
import { PRICE_LISTS, sql } from '../db/sql';
import { PricingService } from '../pricing/pricing.service';

/** Unit prices of one order: what the buyer pays, what its partner pays (null for a partner's own order), and the terms. */
export interface OrderUnitPrices {
  currency: Currency;
  buyer: BuyerPrice;
  partner: BuyerPrice | null;
  minimumCommitmentMonths: number;
}

/**
 * Prices an order through PricingService.pricesFor, the function search and quotes use, so the
 * price a buyer saw is the price debited. The partner side is the partner's own (platform) price.
 */
@Injectable()
export class OrderPrices {
  constructor(
    private readonly em: EntityManager,
    private readonly pricing: PricingService,
  ) {}

  async of(
    buyer: { accountId: string; partnerId: string | null; currency: Currency },
    country: SupportedCountry,
    type: NumberType,
  ): Promise<OrderUnitPrices> {
    const find = async (who: { accountId: string; partnerId: string | null }) =>
      (await this.pricing.pricesFor({ ...who, currency: buyer.currency }, [country])).find(
        (p) => p.number_type === type,
      ) ?? null;
    const [own, partner] = await Promise.all([
      find(buyer),
      buyer.partnerId ? find({ accountId: buyer.partnerId, partnerId: null }) : Promise.resolve(null),
    ]);
    if (!own)
      throw new DomainError(
        ErrorType.NotFound,
        ErrorCode.PriceNotFound,
        `The platform sells no ${type} numbers in ${country}.`,
      );
    if (own.currency !== buyer.currency) {
      throw new DomainError(
        ErrorType.Unprocessable,
        ErrorCode.CurrencyMismatch,
        `${country} ${type} numbers are sold in ${own.currency}; this account pays in ${buyer.currency} (no FX).`,
        [
          {
            field: 'country_code',
            rule: `currency:${buyer.currency}`,
            message: `${country} numbers are priced in ${own.currency}`,
          },
        ],
      );
    }
    const [terms] = await sql<{ minimum_commitment_months: number }>(
      this.em.fork(),
      `select minimum_commitment_months from ${PRICE_LISTS} where country_code = ? and number_type = ? and currency = ?`,
      [country, type, own.currency],
    );
    return {
      currency: own.currency,
      buyer: own,
      partner,
      minimumCommitmentMonths: terms?.minimum_commitment_months ?? 0,
    };
  }
}
