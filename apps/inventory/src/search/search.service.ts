import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AvailableSummaryReply,
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
import { NUMBERS, sql } from '../db/sql';
import { interimCustomerPrice } from '../pricing/interim-pricing';
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
  ) {}

  async search(request: SearchAvailableRequest): Promise<SearchAvailableReply> {
    const now = this.clock.now();
    const after = request.cursor ? decodeCursor(request.cursor) : null;
    const page = pageQuery(request, now, after);
    const count = countQuery(request, now);
    const [rows, [{ total }]] = await Promise.all([sql<SearchRow>(this.em, page.text, page.params), sql<{ total: number }>(this.em, count.text, count.params)]);
    const data = rows.slice(0, request.limit);
    return {
      data: data.map(present),
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

function present(row: SearchRow) {
  return {
    phone_number: row.e164,
    country_code: row.country_code,
    region: row.region,
    locality: row.locality,
    rate_center: row.rate_center,
    national_destination_code: row.ndc,
    number_type: row.number_type,
    capabilities: row.capabilities,
    pricing: interimCustomerPrice({ setupCents: row.wholesale_setup_cents, monthlyCents: row.wholesale_monthly_cents, currency: row.wholesale_currency }),
  };
}

/** The cursor is the last e164 of the page, base64url-encoded so clients treat it as opaque. */
function encodeCursor(e164: string): string {
  return Buffer.from(e164).toString('base64url');
}

function decodeCursor(cursor: string): string {
  const e164 = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!E164Schema.safeParse(e164).success) {
    throw new DomainError(ErrorType.InvalidRequest, ErrorCode.ValidationFailed, 'query.cursor: not a cursor this API returned', [
      { field: 'query.cursor', rule: 'cursor', message: 'use meta.next_cursor from the previous page' },
    ]);
  }
  return e164;
}
