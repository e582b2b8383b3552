import {
  Events,
  PaymentMethod,
  PaymentMethodPatterns,
  UsageRatedV1,
  WalletCaller,
  WalletPatterns,
} from '@did/contracts';
import { sortableId } from '@did/service-kit';
import { waitFor } from '@did/testing';
import { OrderOutcomes } from '../src/orders/order-outcomes';
import { NumberReleasedConsumer } from '../src/subscriptions/number-released.consumer';
import { OrderingFixture } from './ordering-fixture';

/** A number a run ordered and the carrier activated; `active` until the run releases it. */
export interface RunNumber {
  numberId: string;
  e164: string;
  caller: WalletCaller;
  active: boolean;
}

export type LedgerWorld = ReturnType<typeof ledgerWorld>;

/**
 * The ledger property's ways of moving money, each through ordering's own path: top-ups over RPC with a
 * card, inventory's outcome and release events handed to ordering's handlers, usage.rated published
 * on the events stream as the usage service does; and the per-charge checks of the books.
 */
export function ledgerWorld(o: OrderingFixture) {
  const cards = new Map<string, string>();
  const outcomes = o.app.get(OrderOutcomes);
  const released = o.app.get(NumberReleasedConsumer);
  const inventoryEvent = (
    type: string,
    data: Record<string, unknown>,
    accountId: string,
    partnerId: string | null,
  ) => ({
    id: sortableId('evt'),
    type,
    version: 1,
    occurred_at: o.clock.now().toISOString(),
    producer: 'inventory',
    account_id: accountId,
    partner_id: partnerId,
    data,
  });

  return {
    async topUp(caller: WalletCaller, cents: number): Promise<void> {
      let card = cards.get(caller.account_id);
      if (!card) {
        card = (
          await o.rpc.request<PaymentMethod>(PaymentMethodPatterns.Create, {
            caller,
            card: { card_number: '4242424242424242', exp_month: 12, exp_year: 2099, cvc: '123' },
          })
        ).id;
        cards.set(caller.account_id, card);
      }
      await o.rpc.request(WalletPatterns.TopUp, {
        caller,
        top_up: { amount_cents: cents, payment_method_id: card },
        idempotency_key: sortableId('idem'),
      });
    },

    orderLines: (orderId: string) =>
      o.rows<{ e164: string; numberId: string }>(
        `select e164, number_id as "numberId" from ordering.order_numbers where order_id = ? order by e164`,
        [orderId],
      ),

    async reportActivated(
      orderId: string,
      line: { e164: string; numberId: string },
      buyer: WalletCaller,
      partner: WalletCaller,
    ): Promise<void> {
      const data = {
        number_id: line.numberId,
        phone_number: line.e164,
        account_id: buyer.account_id,
        country_code: 'US',
        number_type: 'local',
        order_id: orderId,
        activated_at: o.clock.now().toISOString(),
      };
      await o
        .em()
        .transactional((em) =>
          outcomes.handle(inventoryEvent(Events.NumberActivated.type, data, buyer.account_id, partner.account_id), em),
        );
    },

    async reportFailed(
      orderId: string,
      line: { e164: string; numberId: string },
      buyer: WalletCaller,
      partner: WalletCaller,
    ): Promise<void> {
      const data = {
        number_id: line.numberId,
        phone_number: line.e164,
        account_id: buyer.account_id,
        country_code: 'US',
        number_type: 'local',
        order_id: orderId,
        failure_code: 'carrier_rejected',
        failure_message: 'no',
        failed_at: o.clock.now().toISOString(),
      };
      await o
        .em()
        .transactional((em) =>
          outcomes.handle(
            inventoryEvent(Events.NumberPurchaseFailed.type, data, buyer.account_id, partner.account_id),
            em,
          ),
        );
    },

    async release(n: RunNumber, partner: WalletCaller): Promise<void> {
      const data = {
        number_id: n.numberId,
        phone_number: n.e164,
        account_id: n.caller.account_id,
        country_code: 'US',
        number_type: 'local',
        reason: 'released_by_user',
        released_at: o.clock.now().toISOString(),
      };
      await o
        .em()
        .transactional((em) =>
          released.end(inventoryEvent(Events.NumberReleased.type, data, n.caller.account_id, partner.account_id), em),
        );
      n.active = false;
    },

    /** The tenant's usage at its price and the partner's platform price of it, as usage.rated events; returns what the tenant was left owing. */
    async chargeUsage(
      tenant: WalletCaller,
      partner: WalletCaller,
      tenantCents: number,
      platformCents: number,
    ): Promise<number> {
      const publish = async (
        account: string,
        partnerId: string | null,
        amount: number,
        tenantAccountId: string | null,
      ) => {
        const data: UsageRatedV1 = {
          charge_id: sortableId('uch'),
          account_id: account,
          partner_id: partnerId,
          tenant_account_id: tenantAccountId,
          currency: 'USD',
          amount_cents: amount,
          record_count: 1,
          first_record_at: '2026-03-01T10:00:00.000Z',
          last_record_at: '2026-03-01T11:00:00.000Z',
        };
        const envelope = {
          id: sortableId('evt'),
          type: Events.UsageRated.type,
          version: 1,
          occurred_at: new Date().toISOString(),
          producer: 'usage',
          account_id: account,
          partner_id: partnerId,
          data,
        };
        await o.nc.jetstream().publish(`${o.world.prefix}.events.${Events.UsageRated.type}`, JSON.stringify(envelope), {
          msgID: envelope.id,
        });
        return waitFor(
          async () =>
            (
              await o.rows<{ owed_cents: string }>(
                `select owed_cents from ordering.usage_charges where charge_id = ?`,
                [data.charge_id],
              )
            )[0],
          { what: `usage charge ${data.charge_id} applied` },
        );
      };
      const charged = await publish(tenant.account_id, partner.account_id, tenantCents, null);
      if (platformCents > 0) await publish(partner.account_id, null, platformCents, tenant.account_id);
      return Number(charged.owed_cents);
    },

    /** Every placed order of `accounts` charged once per side for its total, every failed number refunded once per charged side, nothing else refunded. */
    async ordersChargedOnceAndRefundedOnce(accounts: string[]): Promise<string[]> {
      const orders = `(select id from ordering.number_orders where account_id = any(?))`;
      const wrong = await o.rows(
        `select 'order charge' as what, o.id, o.status, o.total_charged_cents, o.partner_charged_cents,
                (select json_agg(json_build_object('account', w.account_id, 'amount', e.amount_cents)) from ordering.ledger_entries e join ordering.wallets w on w.id = e.wallet_id where e.kind = 'order_charge' and e.reference = o.id) as charges
         from ordering.number_orders o where o.id in ${orders} and o.status in ('pending', 'success', 'partial_success', 'failure')
           and ((select count(*) from ordering.ledger_entries e join ordering.wallets w on w.id = e.wallet_id where e.kind = 'order_charge' and e.reference = o.id and w.account_id = o.account_id and e.amount_cents = -o.total_charged_cents) <> 1
             or (select count(*) from ordering.ledger_entries e join ordering.wallets w on w.id = e.wallet_id where e.kind = 'order_charge' and e.reference = o.id and w.account_id = o.partner_id and e.amount_cents = -o.partner_charged_cents) <> 1
             or (select count(*) from ordering.ledger_entries e where e.kind = 'order_charge' and e.reference = o.id) <> 2)
         union all
         select 'failed number refund', n.order_id, n.e164, null, null,
                (select json_agg(e.idempotency_key) from ordering.ledger_entries e where e.kind = 'refund' and e.idempotency_key like 'refund:' || n.order_id || ':' || n.e164 || '%') as charges
         from ordering.order_numbers n where n.order_id in ${orders} and n.status = 'failure'
           and ((select count(*) from ordering.ledger_entries e where e.kind = 'refund' and e.idempotency_key = 'refund:' || n.order_id || ':' || n.e164 and e.amount_cents = n.setup_cents + case when n.is_trial then 0 else n.monthly_cents end) <> 1
             or (select count(*) from ordering.ledger_entries e where e.kind = 'refund' and e.idempotency_key = 'refund:' || n.order_id || ':' || n.e164 || ':partner' and e.amount_cents = n.partner_setup_cents + n.partner_monthly_cents) <> 1)
         union all
         select 'refund of a number that did not fail', e.reference, e.idempotency_key, null, null, null
         from ordering.ledger_entries e join ordering.wallets w on w.id = e.wallet_id
         where w.account_id = any(?) and e.kind = 'refund'
           and not exists (select 1 from ordering.order_numbers n where n.status = 'failure' and e.idempotency_key in ('refund:' || n.order_id || ':' || n.e164, 'refund:' || n.order_id || ':' || n.e164 || ':partner'))`,
        [accounts, accounts, accounts],
      );
      return wrong.map((r) => JSON.stringify(r));
    },

    /** Every usage charge of `accounts` split into paid and owed, its paid part debited once (and, for a tenant, credited to its partner once). */
    async usageChargedOnce(accounts: string[]): Promise<string[]> {
      const wrong = await o.rows(
        `select c.charge_id, c.amount_cents, c.paid_cents, c.owed_cents,
                (select json_agg(json_build_object('kind', e.kind, 'amount', e.amount_cents)) from ordering.ledger_entries e where e.reference = c.charge_id) as entries
         from ordering.usage_charges c where c.account_id = any(?)
           and (c.amount_cents <> c.paid_cents + c.owed_cents
             or (select count(*) from ordering.ledger_entries e where e.kind = 'usage' and e.reference = c.charge_id and e.amount_cents = -c.paid_cents) <> case when c.paid_cents > 0 then 1 else 0 end
             or (select count(*) from ordering.ledger_entries e where e.kind = 'usage' and e.reference = c.charge_id) <> case when c.paid_cents > 0 then 1 else 0 end
             or (select count(*) from ordering.ledger_entries e where e.kind = 'tenant_payment' and e.reference = c.charge_id and e.amount_cents = c.paid_cents)
                <> case when c.paid_cents > 0 and c.partner_id is not null then 1 else 0 end)`,
        [accounts],
      );
      return wrong.map((r) => JSON.stringify(r));
    },
  };
}
