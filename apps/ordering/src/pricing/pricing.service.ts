import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  BuyerPrice,
  Currency,
  DomainError,
  ErrorCode,
  ErrorType,
  NUMBER_TYPES,
  NumberType,
  PartnerMarkup,
  PriceTable,
  PriceTableRequest,
  PricingList,
  Quote,
  QuoteRequest,
  SUPPORTED_COUNTRIES,
  SupportedCountry,
  WalletCaller,
} from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { PRICE_LISTS, sql, WALLETS } from '../db/sql';
import { WalletsService } from '../wallets/wallets.service';
import { buyerPrice, markupFor, PlatformPrice, platformPriceFor, quoteTotals } from './buyer-price';
import { platformPriceOf, PlatformPriceRow, USAGE_RATE_COLUMNS } from './price-list-row';
import { MarkupsService } from './markups.service';

/** The account currency new accounts get, and what a buyer without a wallet yet is priced in. */
const DEFAULT_CURRENCY: Currency = 'USD';

/** Whose prices: the buyer account, its partner (null: a partner buying for itself) and its currency. */
interface Buyer {
  accountId: string;
  partnerId: string | null;
  currency: Currency;
}

/**
 * Buyer prices. Every consumer (GET /v1/pricing, quotes, inventory's search table, and orders) goes
 * through {@link PricingService.pricesFor}, so a searched price and a debited price are the same
 * function of the same rows.
 */
@Injectable()
export class PricingService {
  constructor(
    private readonly em: EntityManager,
    private readonly wallets: WalletsService,
    private readonly markups: MarkupsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Every (country, type) the buyer can be priced for; `countries` narrows the list. */
  async pricesFor(buyer: Buyer, countries: readonly SupportedCountry[] = SUPPORTED_COUNTRIES): Promise<BuyerPrice[]> {
    const [rows, markups] = await Promise.all([
      this.platformRows(countries),
      buyer.partnerId ? this.markups.of(buyer.partnerId) : Promise.resolve([] as PartnerMarkup[]),
    ]);
    const prices: BuyerPrice[] = [];
    for (const country of countries) {
      for (const type of NUMBER_TYPES) {
        const platform = platformPriceFor(rows, country, type, buyer.currency);
        if (platform) prices.push(buyerPrice(platform, markupFor(markups, country, type)));
      }
    }
    return prices;
  }

  async pricing(caller: WalletCaller): Promise<PricingList> {
    const buyer = await this.buyerOf(caller);
    return {
      record_type: 'pricing',
      account_id: buyer.accountId,
      currency: buyer.currency,
      data: await this.pricesFor(buyer),
    };
  }

  /** Inventory's per-search table. The currency comes from the wallet; an account whose wallet is not open yet is priced in the default currency. */
  async priceTable(request: PriceTableRequest): Promise<PriceTable> {
    const [wallet] = await sql<{ currency: Currency }>(
      this.em.fork(),
      `select currency from ${WALLETS} where account_id = ?`,
      [request.account_id],
    );
    const buyer = {
      accountId: request.account_id,
      partnerId: request.partner_id,
      currency: wallet?.currency ?? DEFAULT_CURRENCY,
    };
    return { data: await this.pricesFor(buyer, [request.country_code]) };
  }

  async quote(request: QuoteRequest): Promise<Quote> {
    const { body } = request;
    const buyer = await this.buyerOf(request.caller);
    const price = (await this.pricesFor(buyer, [body.country_code])).find((p) => p.number_type === body.number_type);
    if (!price) throw priceNotFound(body.country_code, body.number_type);
    const quantity = body.phone_numbers?.length ?? body.quantity ?? 0;
    return {
      record_type: 'quote',
      account_id: buyer.accountId,
      country_code: body.country_code,
      number_type: body.number_type,
      currency: price.currency,
      quantity,
      phone_numbers: body.phone_numbers ?? null,
      unit_setup_cents: price.setup_cents,
      unit_monthly_cents: price.monthly_cents,
      usage_rates: price.usage_rates,
      minimum_commitment_months: price.minimum_commitment_months,
      ...quoteTotals(price, quantity),
      quoted_at: this.clock.now().toISOString(),
    };
  }

  /** The buyer behind a gateway caller, with the currency of its wallet (opened now if account.created has not arrived yet). */
  private async buyerOf(caller: WalletCaller): Promise<Buyer> {
    const wallet = await this.wallets.ensure(caller);
    return { accountId: caller.account_id, partnerId: caller.partner_id, currency: wallet.currency };
  }

  private async platformRows(countries: readonly SupportedCountry[]): Promise<PlatformPrice[]> {
    const rows = await sql<PlatformPriceRow>(
      this.em.fork(),
      `select country_code, number_type, currency, setup_cents, monthly_cents, per_minute_cents, connection_cents, lookup_carrier_cents, lookup_caller_name_cents,
         minimum_commitment_months, ${USAGE_RATE_COLUMNS.join(', ')}
       from ${PRICE_LISTS} where country_code = any(?::text[])`,
      [countries],
    );
    return rows.map(platformPriceOf);
  }
}

function priceNotFound(country: string, type: NumberType): DomainError {
  return new DomainError(
    ErrorType.NotFound,
    ErrorCode.PriceNotFound,
    `The platform sells no ${type} numbers in ${country}.`,
  );
}
