import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { BillingMany, BillingManyRequest, Currency } from '@did/contracts';
import { NUMBER_ORDERS, ORDER_NUMBERS, sql, SUBSCRIPTIONS } from '../db/sql';
import { presentNumberBilling } from './number-billing.presenter';
import { NumberBillingService } from './number-billing.service';
import { subscriptionColumns, SubscriptionRow, toSubscriptionRow } from './subscription-row';

interface PendingRow {
  number_id: string;
  order_id: string;
  currency: Currency;
  setup_cents: number;
  monthly_cents: number;
  is_trial: boolean;
  minimum_commitment_months: number;
  auto_renew: boolean;
}

/**
 * Billing of many numbers in two queries, for the gateway's composed number lists: subscriptions of
 * numbers the caller bought (or its tenants did), and ordered numbers not active yet. Numbers the
 * caller may not see are simply absent (an assigned tenant sees no billing: it stays with the buyer).
 */
@Injectable()
export class BillingBatch {
  constructor(
    private readonly em: EntityManager,
    private readonly billing: NumberBillingService,
  ) {}

  async many(request: BillingManyRequest): Promise<BillingMany> {
    if (!request.number_ids.length) return { data: [], pending: [] };
    const em = this.em.fork();
    const who = [request.caller.account_id, request.caller.account_id];
    const [subs, pending] = await Promise.all([
      sql<SubscriptionRow>(
        em,
        `select ${subscriptionColumns()} from ${SUBSCRIPTIONS} where number_id = any(?) and (account_id = ? or partner_id = ?)`,
        [request.number_ids, ...who],
      ),
      sql<PendingRow>(
        em,
        `select n.number_id, n.order_id, o.currency, n.setup_cents, n.monthly_cents, n.is_trial, n.minimum_commitment_months, o.auto_renew
         from ${ORDER_NUMBERS} n join ${NUMBER_ORDERS} o on o.id = n.order_id
         where n.number_id = any(?) and n.status = 'pending' and (o.account_id = ? or o.partner_id = ?)`,
        [request.number_ids, ...who],
      ),
    ]);
    const policy = this.billing.policy;
    return {
      data: subs.map((row) => presentNumberBilling(toSubscriptionRow(row), policy)),
      pending: pending.map((p) => ({
        number_id: p.number_id,
        order_id: p.order_id,
        currency: p.currency,
        setup_price_cents: p.setup_cents,
        monthly_price_cents: p.monthly_cents,
        is_trial_number: p.is_trial,
        minimum_commitment_months: p.minimum_commitment_months,
        auto_renew: p.auto_renew,
      })),
    };
  }
}
