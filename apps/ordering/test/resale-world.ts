import {
  ClaimNumbersRequest,
  LedgerEntryKind,
  NumberLifecyclePatterns,
  PricingPatterns,
  WalletCaller,
} from '@did/contracts';
import { PlainResponder } from '@did/messaging';
import { randomId } from '@did/service-kit';
import { LedgerService } from '../src/wallets/ledger.service';
import { OrderingFixture } from './ordering-fixture';
import { subscriptionsFactory } from './subscriptions-factory';

export interface ResaleEntry {
  kind: string;
  amount: number;
  key: string;
  tenant: string | null;
  sequence: number;
}

/**
 * A partner and its tenants on one ordering service, with inventory faked on NATS (claims hand out
 * the asked numbers, carrier lookups answer a valid US mobile), and the money checks every resale
 * test makes: balance deltas, the partner's entries, and every ledger summing to its balance.
 */
export function resaleWorld(o: OrderingFixture) {
  const f = subscriptionsFactory(o);
  const ledger = o.app.get(LedgerService);
  const responders = [
    new PlainResponder(NumberLifecyclePatterns.Claim, (data) => {
      const request = data as ClaimNumbersRequest;
      const phones = request.selection.kind === 'numbers' ? request.selection.phone_numbers : ['+15125550199'];
      return {
        order_id: request.order_id,
        numbers: phones.map((phone_number) => ({
          number_id: randomId('pn'),
          phone_number,
          country_code: request.country_code,
          number_type: request.number_type,
          region: 'TX',
          locality: 'Austin',
          rate_center: null,
          capabilities: ['voice'],
        })),
      };
    }),
    new PlainResponder(NumberLifecyclePatterns.CarrierLookup, (data) => {
      const { phone_number } = data as { phone_number: string };
      return {
        phone_number,
        valid: true,
        country_code: 'US',
        line_type: 'mobile',
        carrier_name: 'Test Mobile',
        caller_name: null,
      };
    }),
  ];
  for (const r of responders) r.start(o.nc, { prefix: o.world.prefix, service: 'inventory' });

  const w = {
    f,
    stop: () => responders.forEach((r) => r.stop()),
    /** A new partner with `tenants` tenants, every wallet open and empty. */
    async partnerWithTenants(tenants = 1): Promise<{ partner: WalletCaller; tenants: WalletCaller[] }> {
      const partner = o.newCaller('USD', null);
      const made = Array.from({ length: tenants }, () => o.newCaller('USD', partner.account_id));
      for (const t of made) await f.walletOf(t);
      return { partner, tenants: made };
    },
    /** A markup in basis points on everything the partner's tenants buy. */
    markup: (partner: WalletCaller, percentBasisPoints: number) =>
      o.rpc.request(PricingPatterns.SetMarkups, {
        caller: partner,
        body: { markups: [{ percent_basis_points: percentBasisPoints }] },
      }),
    /** Takes the account's balance to exactly 0 (an adjustment), so only a credit-first resale can go through. */
    async drain(accountId: string): Promise<void> {
      const balance = await f.balance(accountId);
      if (balance === 0) return;
      const wallet = await f.walletOf({ account_id: accountId, partner_id: null, currency: 'USD' });
      await o.em().transactional((em) =>
        ledger.post(em, {
          walletId: wallet,
          kind: LedgerEntryKind.Adjustment,
          amountCents: -balance,
          idempotencyKey: randomId('drain'),
          description: 'test drain',
        }),
      );
    },
    /** The sum of every wallet's balance: a resale charge takes exactly the platform price out of it. */
    async totalBalance(): Promise<number> {
      return Number(
        (await o.rows<{ s: string }>(`select coalesce(sum(balance_cents), 0)::text as s from ordering.wallets`))[0].s,
      );
    },
    async balances(...accountIds: string[]): Promise<number[]> {
      return Promise.all(accountIds.map((a) => f.balance(a)));
    },
    /** Runs `act` and returns how it moved the tenant, the partner and the sum of every wallet. */
    async deltas(
      tenant: WalletCaller,
      act: () => Promise<unknown>,
    ): Promise<{ tenant: number; partner: number; total: number }> {
      const [t0, p0] = await w.balances(tenant.account_id, tenant.partner_id!);
      const total0 = await w.totalBalance();
      await act();
      const [t1, p1] = await w.balances(tenant.account_id, tenant.partner_id!);
      return { tenant: t1 - t0, partner: p1 - p0, total: (await w.totalBalance()) - total0 };
    },
    /** The partner's entries whose key starts with `keyPrefix`, in ledger order. */
    async partnerEntries(partnerId: string, keyPrefix: string): Promise<ResaleEntry[]> {
      const rows = await o.rows<{
        kind: string;
        amount_cents: string;
        idempotency_key: string;
        tenant_account_id: string | null;
        sequence: number;
      }>(
        `select e.kind, e.amount_cents, e.idempotency_key, e.tenant_account_id, e.sequence from ordering.ledger_entries e join ordering.wallets w on w.id = e.wallet_id
         where w.account_id = ? and e.idempotency_key like ? order by e.sequence`,
        [partnerId, `${keyPrefix}%`],
      );
      return rows.map((r) => ({
        kind: r.kind,
        amount: Number(r.amount_cents),
        key: r.idempotency_key,
        tenant: r.tenant_account_id,
        sequence: r.sequence,
      }));
    },
    /** Every wallet of the database: entries chain 1..n, never below zero, and sum to the balance. */
    async expectLedgersWhole(): Promise<void> {
      const wallets = await o.rows<{ account_id: string }>(`select account_id from ordering.wallets`);
      for (const wallet of wallets) await f.expectChainIntact(wallet.account_id);
    },
  };
  return w;
}
