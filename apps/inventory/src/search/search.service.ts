import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AvailableSummaryReply,
  BuyerPrice,
  AvailableSummaryRequest,
  Capability,
  DomainError,
  E164Schema,
  ErrorCode,
  ErrorType,
  NumberType,
  SEARCH_COUNT_CAP,
  SearchAvailableReply,
  SearchAvailableRequest,
} from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { NUMBERS, readSql, sql } from '../db/sql';
import { PriceTables } from '../pricing/price-tables';
import { FREE_AT_SQL } from '../registry/availability';
import { countQuery, pageQuery } from './search-query';

interface SearchRow {
  e164: string;
  country_code: string;
  region: string | null;
  locality: string | null;
  rate_center: string | null;
  ndc: string | null;
  number_type: NumberType;
  capabilities: Capability[];
  wholesale_setup_cents: number;
  wholesale_monthly_cents: number;
  wholesale_currency: string;
}

/**
 * Searches numbers free to reserve right now. Numbers held by anyone (the caller included: its own
 * holds are not for sale again), sold, aging or blocked never appear.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly prices: PriceTables,
  ) {}

  async search(request: SearchAvailableRequest): Promise<SearchAvailableReply> {
    const now = this.clock.now();
    const after = request.cursor ? decodeCursor(request.cursor) : null;
    const page = pageQuery(request, now, after);
    const count = countQuery(request, now);
    const [rows, [{ total }], prices] = await Promise.all([
      readSql<SearchRow>(this.em, page.text, page.params),
      readSql<{ total: number }>(this.em, count.text, count.params),
      this.prices.forCaller({
        account_id: request.account_id,
        partner_id: request.partner_id,
        country_code: request.country_code,
      }),
    ]);
    const data = rows.slice(0, request.limit);
    return {
      data: data.map((row) => present(row, prices)),
      meta: {
        count: data.length,
        total: Math.min(total, SEARCH_COUNT_CAP),
        total_capped: total > SEARCH_COUNT_CAP,
        next_cursor: rows.length > request.limit ? encodeCursor(data[data.length - 1].e164) : null,
      },
    };
  }

  async summary(request: AvailableSummaryRequest): Promise<AvailableSummaryReply> {
    const now = this.clock.now();
    const column = request.group_by === 'rate_center' ? 'n.rate_center' : 'n.locality';
    const conditions = ['n.country_code = ?', FREE_AT_SQL];
    const params: unknown[] = [request.country_code, now, now];
    if (request.number_type) {
      conditions.push('n.number_type = ?');
      params.push(request.number_type);
    }
    if (request.region) {
      conditions.push('lower(n.region) = lower(?)');
      params.push(request.region);
    }
    const rows = await sql<{ region: string | null; name: string | null; count: number }>(
      this.em,
      `select n.region, ${column} as name, count(*)::int as count from ${NUMBERS} n where ${conditions.join(' and ')}
       group by n.region, ${column} order by count desc, n.region, name`,
      params,
    );
    return { data: rows, meta: { group_by: request.group_by, total: rows.reduce((sum, r) => sum + r.count, 0) } };
  }
}

function present(row: SearchRow, prices: BuyerPrice[]) {
  return {
    phone_number: row.e164,
    country_code: row.country_code,
    region: row.region,
    locality: row.locality,
    rate_center: row.rate_center,
    national_destination_code: row.ndc,
    number_type: row.number_type,
    capabilities: row.capabilities,
    pricing: pricingOf(prices, row),
  };
}

/** The buyer price of the row's type, exactly as ordering quotes and debits it. */
function pricingOf(prices: BuyerPrice[], row: SearchRow) {
  const price = prices.find((p) => p.number_type === row.number_type);
  if (!price)
    throw new DomainError(
      ErrorType.Unavailable,
      ErrorCode.PriceNotFound,
      `No price for ${row.number_type} numbers in ${row.country_code}.`,
    );
  return {
    activation_fee_cents: price.setup_cents,
    monthly_fee_cents: price.monthly_cents,
    currency: price.currency,
    usage_rates: price.usage_rates,
    minimum_commitment_months: price.minimum_commitment_months,
  };
}

/** The cursor is the last e164 of the page, base64url-encoded so clients treat it as opaque. */
function encodeCursor(e164: string): string {
  return Buffer.from(e164).toString('base64url');
}

function decodeCursor(cursor: string): string {
  const e164 = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!E164Schema.safeParse(e164).success) {
    throw new DomainError(
      ErrorType.InvalidRequest,
      ErrorCode.ValidationFailed,
      'query.cursor: not a cursor this API returned',
      [{ field: 'query.cursor', rule: 'cursor', message: 'use meta.next_cursor from the previous page' }],
    );
  }
  return e164;
}
