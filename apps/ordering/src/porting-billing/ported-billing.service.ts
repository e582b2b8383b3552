import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  BuyerPrice,
  DomainError,
  ErrorCode,
  ErrorType,
  LedgerEntryKind,
  StartPortedBillingReply,
  StartPortedBillingRequest,
  SubscriptionStatus,
  SupportedCountry,
} from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { sql, SUBSCRIPTIONS } from '../db/sql';
import { FundsService } from '../payments/funds.service';
import { PricingService } from '../pricing/pricing.service';
import { startSubscription } from '../subscriptions/subscription-starter';
import { partnerShortfall, ResellerCharges } from '../wallets/reseller-charges';
import { WalletsService } from '../wallets/wallets.service';
import { UsageRatesSnapshot } from '../subscriptions/usage-rates-snapshot';

type Line = StartPortedBillingRequest['numbers'][number] & { monthly: number; partnerMonthly: number };

/**
 * Billing of numbers that ported in: like a bought number from then on, except that there is no
 * setup fee (the porting fee took its place) and the first 30 days are charged at completion, both
 * resale sides, in the transaction that starts the subscriptions (key `porting_mrc:<order>`). When
 * either side cannot pay, the subscriptions start `past_due` with nothing paid (paid_until = the
 * activation), so the renewal job charges that first period on its retry schedule and, unpaid past
 * grace, ends billing and releases the numbers like any unpaid renewal.
 */
@Injectable()
export class PortedBillingService {
  constructor(
    private readonly em: EntityManager,
    private readonly wallets: WalletsService,
    private readonly funds: FundsService,
    private readonly pricing: PricingService,
    private readonly charges: ResellerCharges,
    private readonly usageRates: UsageRatesSnapshot,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async start(request: StartPortedBillingRequest): Promise<StartPortedBillingReply> {
    const { caller } = request;
    const wallet = await this.wallets.ensureBuyer(caller);
    const started = await sql<{ number_id: string }>(
      this.em.fork(),
      `select number_id from ${SUBSCRIPTIONS} where number_id = any(?)`,
      [request.numbers.map((n) => n.number_id)],
    );
    const known = new Set(started.map((r) => r.number_id));
    const lines = await this.priced(request, wallet.currency);
    const fresh = lines.filter((l) => !known.has(l.number_id));
    if (!fresh.length) return { port_order_id: request.port_order_id, status: 'active', charged_cents: 0, started: 0 };
    const buyerCents = fresh.reduce((s, l) => s + l.monthly, 0);
    const partnerCents = fresh.reduce((s, l) => s + l.partnerMonthly, 0);
    const key = `porting_mrc:${request.port_order_id}`;
    const activatedAt = new Date(request.activated_at);
    await this.funds.ensureResaleFunds(
      caller.account_id,
      caller.partner_id,
      buyerCents,
      partnerShortfall(buyerCents, partnerCents),
      key,
    );
    try {
      await this.em.fork().transactional(async (em) => {
        await this.charges.debit(em, {
          kind: LedgerEntryKind.OrderCharge,
          buyerAccountId: caller.account_id,
          partnerId: caller.partner_id,
          currency: wallet.currency,
          buyerCents,
          partnerCents,
          key,
          description: `First 30 days of ${fresh.length} ported number(s), port order ${request.port_order_id}`,
          reference: request.port_order_id,
        });
        for (const l of fresh)
          await startSubscription(
            em,
            this.subscription(request, l, wallet.currency, activatedAt, true),
            this.clock.now(),
          );
        await this.rateUsage(em, request, fresh, wallet.currency, activatedAt);
      });
      return {
        port_order_id: request.port_order_id,
        status: 'active',
        charged_cents: buyerCents,
        started: fresh.length,
      };
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== ErrorCode.BalanceInsufficient) throw err;
    }
    await this.em.fork().transactional(async (em) => {
      const now = this.clock.now();
      for (const l of fresh) {
        const s = this.subscription(request, l, wallet.currency, activatedAt, false);
        await sql(
          em,
          `insert into ${SUBSCRIPTIONS} (number_id, e164, account_id, partner_id, order_id, currency, setup_cents, monthly_cents, partner_monthly_cents, is_trial,
             minimum_commitment_months, status, auto_renew, cancel_at_period_end, billing_started_at, last_billed_at, paid_until, failed_attempts, created_at, updated_at)
           values (?, ?, ?, ?, ?, ?, 0, ?, ?, false, 0, ?, true, false, ?, ?, ?, 0, ?, ?) on conflict (number_id) do nothing`,
          [
            s.numberId,
            s.e164,
            s.accountId,
            s.partnerId,
            s.orderId,
            s.currency,
            s.monthlyCents,
            s.partnerMonthlyCents,
            SubscriptionStatus.PastDue,
            activatedAt,
            activatedAt,
            activatedAt,
            now,
            now,
          ],
        );
      }
      await this.rateUsage(em, request, fresh, wallet.currency, activatedAt);
    });
    return { port_order_id: request.port_order_id, status: 'past_due', charged_cents: 0, started: fresh.length };
  }

  /** A ported number's calls and messages are charged like a bought one's, at the rates in force when it ported in. */
  private async rateUsage(
    em: EntityManager,
    request: StartPortedBillingRequest,
    lines: Line[],
    currency: BuyerPrice['currency'],
    activatedAt: Date,
  ): Promise<void> {
    for (const l of lines) {
      await this.usageRates.take(
        em,
        {
          numberId: l.number_id,
          e164: l.phone_number,
          accountId: request.caller.account_id,
          partnerId: request.caller.partner_id,
          currency,
          countryCode: l.country_code,
          numberType: l.number_type,
          effectiveFrom: activatedAt,
        },
        this.clock.now(),
      );
    }
  }

  private subscription(
    request: StartPortedBillingRequest,
    l: Line,
    currency: BuyerPrice['currency'],
    activatedAt: Date,
    paid: boolean,
  ) {
    return {
      numberId: l.number_id,
      e164: l.phone_number,
      accountId: request.caller.account_id,
      partnerId: request.caller.partner_id,
      orderId: request.port_order_id,
      currency,
      setupCents: 0,
      monthlyCents: l.monthly,
      partnerMonthlyCents: l.partnerMonthly,
      firstPeriodCents: paid ? l.monthly : 0,
      firstPeriodPartnerCents: paid ? l.partnerMonthly : 0,
      isTrial: false,
      minimumCommitmentMonths: 0,
      autoRenew: true,
      activatedAt,
    };
  }

  /** The buyer's monthly price (marked up for a tenant) and its partner's, per number type. */
  private async priced(request: StartPortedBillingRequest, currency: BuyerPrice['currency']): Promise<Line[]> {
    const { caller } = request;
    const countries = [...new Set(request.numbers.map((n) => n.country_code))] as SupportedCountry[];
    const own = await this.pricing.pricesFor(
      { accountId: caller.account_id, partnerId: caller.partner_id, currency },
      countries,
    );
    const partner = caller.partner_id
      ? await this.pricing.pricesFor({ accountId: caller.partner_id, partnerId: null, currency }, countries)
      : [];
    const find = (list: BuyerPrice[], c: string, t: string) =>
      list.find((p) => p.country_code === c && p.number_type === t);
    return request.numbers.map((n) => {
      const price = find(own, n.country_code, n.number_type);
      if (!price)
        throw new DomainError(
          ErrorType.NotFound,
          ErrorCode.PriceNotFound,
          `No ${n.number_type} price in ${n.country_code} for ${currency}.`,
        );
      return {
        ...n,
        monthly: price.monthly_cents,
        partnerMonthly: caller.partner_id ? (find(partner, n.country_code, n.number_type)?.monthly_cents ?? 0) : 0,
      };
    });
  }
}
