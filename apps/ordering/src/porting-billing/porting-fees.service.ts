import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import {
  ChargePortingFeesRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  LedgerEntryKind,
  PortingFeesReply,
  RefundPortingFeesRequest,
} from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { PRICE_LISTS, sql } from '../db/sql';
import { FundsService } from '../payments/funds.service';
import { ResellerCharges } from '../wallets/reseller-charges';
import { WalletsService } from '../wallets/wallets.service';

const PORTING_FEES = '"ordering"."porting_fees"';

interface FeeRow {
  e164: string;
  account_id: string;
  partner_id: string | null;
  currency: string;
  fee_cents: number;
  partner_fee_cents: number;
}

/**
 * The porting fee: a platform fee per number from the price list (`porting_fee_cents`, not marked
 * up: a tenant pays it, its payment is credited to its partner, which pays the same fee), debited at
 * submission as a resale charge with key `porting_fee:<order>:<submission>`, and refunded per number (`refund` entries)
 * when the carrier drops a number or the order is cancelled or fails. porting_fees records what each
 * number cost, so a refund returns exactly that and at most once.
 */
@Injectable()
export class PortingFeesService {
  constructor(
    private readonly em: EntityManager,
    private readonly wallets: WalletsService,
    private readonly funds: FundsService,
    private readonly charges: ResellerCharges,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async charge(request: ChargePortingFeesRequest): Promise<PortingFeesReply> {
    const { caller } = request;
    const wallet = await this.wallets.ensureBuyer(caller);
    const charged = await this.rowsOf(this.em.fork(), request.port_order_id);
    if (charged.length) return reply(request.port_order_id, wallet.currency, charged);
    const fees = await this.feesOf(request, wallet.currency);
    const total = fees.reduce((s, f) => s + f.fee, 0);
    const key = `porting_fee:${request.port_order_id}:${request.submission}`;
    // A platform fee, not marked up: the tenant's payment credited to the partner covers the partner's own, so only the tenant may need a recharge.
    await this.funds.ensureFunds(caller.account_id, total, key);
    const now = this.clock.now();
    await this.em.fork().transactional(async (em) => {
      if (total > 0) {
        await this.charges.debit(em, {
          kind: LedgerEntryKind.OrderCharge,
          buyerAccountId: caller.account_id,
          partnerId: caller.partner_id,
          currency: wallet.currency,
          buyerCents: total,
          partnerCents: total,
          key,
          description: `Porting fee: ${fees.length} number(s) of port order ${request.port_order_id}`,
          reference: request.port_order_id,
        });
      }
      await sql(
        em,
        `insert into ${PORTING_FEES} (port_order_id, e164, account_id, partner_id, currency, fee_cents, partner_fee_cents, submission, charged_at)
         select ?, e164, ?, ?, ?, fee, case when ?::text is null then 0 else fee end, ?, ? from unnest(?::text[], ?::int[]) as t(e164, fee) on conflict do nothing`,
        [
          request.port_order_id,
          caller.account_id,
          caller.partner_id,
          wallet.currency,
          caller.partner_id,
          request.submission,
          now,
          fees.map((f) => f.e164),
          fees.map((f) => f.fee),
        ],
      );
    });
    return reply(request.port_order_id, wallet.currency, await this.rowsOf(this.em.fork(), request.port_order_id));
  }

  async refund(request: RefundPortingFeesRequest): Promise<PortingFeesReply> {
    const now = this.clock.now();
    const e164s = [...new Set(request.phone_numbers)].sort();
    return this.em.fork().transactional(async (em) => {
      // The update is the once-only guard: a number already refunded is not returned again.
      const rows = await sql<FeeRow>(
        em,
        `update ${PORTING_FEES} set refunded_at = ? where port_order_id = ? and e164 = any(?) and refunded_at is null returning e164, account_id, partner_id, currency, fee_cents, partner_fee_cents`,
        [now, request.port_order_id, e164s],
      );
      if (!rows.length) return { port_order_id: request.port_order_id, currency: 'USD', total_cents: 0, numbers: [] };
      const first = rows[0];
      const buyerCents = rows.reduce((s, r) => s + r.fee_cents, 0);
      const partnerCents = rows.reduce((s, r) => s + r.partner_fee_cents, 0);
      const digest = createHash('sha256')
        .update(
          rows
            .map((r) => r.e164)
            .sort()
            .join(','),
        )
        .digest('hex')
        .slice(0, 16);
      if (buyerCents > 0 || partnerCents > 0) {
        await this.charges.credit(em, {
          kind: LedgerEntryKind.Refund,
          buyerAccountId: first.account_id,
          partnerId: first.partner_id,
          currency: first.currency as never,
          buyerCents,
          partnerCents,
          key: `porting_refund:${request.port_order_id}:${digest}`,
          description: `Porting fee refund (${request.reason}): ${rows.length} number(s) of port order ${request.port_order_id}`,
          reference: request.port_order_id,
        });
      }
      return reply(request.port_order_id, first.currency, rows);
    });
  }

  private async feesOf(request: ChargePortingFeesRequest, currency: string): Promise<{ e164: string; fee: number }[]> {
    const rows = await sql<{ country_code: string; number_type: string; porting_fee_cents: number }>(
      this.em.fork(),
      `select country_code, number_type, porting_fee_cents from ${PRICE_LISTS} where currency = ?`,
      [currency],
    );
    const byKey = new Map(rows.map((r) => [`${r.country_code}:${r.number_type}`, r.porting_fee_cents]));
    return request.numbers.map((n) => {
      const fee = byKey.get(`${n.country_code}:${n.number_type}`);
      if (fee === undefined)
        throw new DomainError(
          ErrorType.NotFound,
          ErrorCode.PriceNotFound,
          `No porting fee is listed for ${n.country_code} ${n.number_type} numbers in ${currency}.`,
        );
      return { e164: n.phone_number, fee };
    });
  }

  private rowsOf(em: EntityManager, portOrderId: string): Promise<FeeRow[]> {
    return sql<FeeRow>(
      em,
      `select e164, account_id, partner_id, currency, fee_cents, partner_fee_cents from ${PORTING_FEES} where port_order_id = ? order by e164`,
      [portOrderId],
    );
  }
}

function reply(portOrderId: string, currency: string, rows: FeeRow[]): PortingFeesReply {
  return {
    port_order_id: portOrderId,
    currency,
    total_cents: rows.reduce((s, r) => s + r.fee_cents, 0),
    numbers: rows.map((r) => ({ phone_number: r.e164, fee_cents: r.fee_cents })),
  };
}
