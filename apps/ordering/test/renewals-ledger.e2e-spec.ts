import fc from 'fast-check';
import { BillingPatterns, Events, WalletCaller } from '@did/contracts';
import { sortableId } from '@did/service-kit';
import { CYCLE_MS } from '../src/subscriptions/billing-cycle';
import { NumberReleasedConsumer } from '../src/subscriptions/number-released.consumer';
import { RenewalsService } from '../src/subscriptions/renewals.service';
import { OrderingFixture, startOrdering } from './ordering-fixture';
import { subscriptionsFactory, TestNumber } from './subscriptions-factory';

const H = 3_600_000;

type Action =
  | { kind: 'top_up'; wallet: number; cents: number }
  | { kind: 'number'; wallet: number; monthly: number; partnerMonthly: number }
  | { kind: 'advance'; hours: number }
  | { kind: 'run'; concurrent: number }
  | { kind: 'renew'; number: number }
  | { kind: 'cancel'; number: number }
  | { kind: 'release'; number: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('top_up' as const), wallet: fc.nat(2), cents: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ kind: fc.constant('number' as const), wallet: fc.nat(2), monthly: fc.integer({ min: 1, max: 200 }), partnerMonthly: fc.integer({ min: 0, max: 150 }) }),
  fc.record({ kind: fc.constant('advance' as const), hours: fc.integer({ min: 1, max: 40 * 24 }) }),
  fc.record({ kind: fc.constant('run' as const), concurrent: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('renew' as const), number: fc.nat(20) }),
  fc.record({ kind: fc.constant('cancel' as const), number: fc.nat(20) }),
  fc.record({ kind: fc.constant('release' as const), number: fc.nat(20) }),
);

describe('property: random top-ups, numbers, renewals (job and manual), failures and releases keep every ledger whole', () => {
  let o: OrderingFixture;
  let f: ReturnType<typeof subscriptionsFactory>;
  let renewals: RenewalsService;
  let released: NumberReleasedConsumer;

  beforeAll(async () => {
    o = await startOrdering({ RENEWAL_INTERVAL_MS: '0', RENEWAL_BATCH_SIZE: '3' });
    f = subscriptionsFactory(o);
    renewals = o.app.get(RenewalsService);
    released = o.app.get(NumberReleasedConsumer);
  });

  afterAll(async () => {
    await o.close();
  });

  it('per wallet: entries chain (1..n), sum to the balance, never negative; each period charged once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 30 }), async (actions) => {
        // One partner and its three tenants per run, so runs do not see each other's wallets.
        const partnerId = `acc_p${sortableId('x').slice(2)}`;
        const tenants: WalletCaller[] = [0, 1, 2].map(() => o.newCaller('USD', partnerId));
        const numbers: (TestNumber & { caller: WalletCaller })[] = [];
        for (const t of tenants) await f.walletOf(t);
        const pick = (i: number) => numbers[i % Math.max(1, numbers.length)];
        for (const a of actions) {
          switch (a.kind) {
            case 'top_up':
              await f.fund(a.wallet === 2 ? partnerId : tenants[a.wallet].account_id, a.cents);
              break;
            case 'number': {
              const caller = tenants[a.wallet];
              numbers.push({ ...(await f.newNumber(caller, { monthlyCents: a.monthly, partnerMonthlyCents: a.partnerMonthly })), caller });
              break;
            }
            case 'advance':
              o.clock.advance(a.hours * H);
              break;
            case 'run':
              await Promise.all(Array.from({ length: a.concurrent }, () => renewals.runOnce()));
              break;
            case 'renew':
            case 'cancel': {
              const n = pick(a.number);
              if (!n) break;
              const pattern = a.kind === 'renew' ? BillingPatterns.Renew : BillingPatterns.CancelRenewal;
              await o.rpc.request(pattern, { caller: n.caller, number: n.numberId }).catch((err: { code?: string }) => {
                if (!['balance_insufficient', 'renewal_not_due', 'renewal_already_cancelled', 'number_already_released'].includes(err.code ?? '')) throw err;
              });
              break;
            }
            case 'release': {
              const n = pick(a.number);
              if (!n) break;
              const data = { number_id: n.numberId, phone_number: n.e164, account_id: n.caller.account_id, country_code: 'US', number_type: 'local', reason: 'released_by_user', released_at: o.clock.now().toISOString() };
              const envelope = { id: sortableId('evt'), type: Events.NumberReleased.type, version: 1, occurred_at: data.released_at, producer: 'inventory', account_id: data.account_id, partner_id: partnerId, data };
              await o.em().transactional((em) => released.end(envelope, em));
              break;
            }
          }
        }
        for (const accountId of [partnerId, ...tenants.map((t) => t.account_id)]) await f.expectChainIntact(accountId);
        for (const n of numbers) {
          const periods = await o.rows<{ n: number }>(`select count(*)::int as n from ordering.billing_periods where number_id = ? and kind = 'renewal'`, [n.numberId]);
          const charged = await o.rows<{ n: number }>(`select count(*)::int as n from ordering.ledger_entries where account_id = ? and kind = 'renewal' and reference = ?`, [n.caller.account_id, n.numberId]);
          expect(charged[0].n).toBe(periods[0].n);
          const sub = await f.sub(n.numberId);
          const renewedPeriods = (sub.paid_until.getTime() - (await o.rows<{ t: string }>(`select billing_started_at::text as t from ordering.subscriptions where number_id = ?`, [n.numberId])).map((r) => new Date(r.t).getTime())[0]) / CYCLE_MS - 1;
          expect(renewedPeriods).toBe(periods[0].n);
        }
      }),
      { numRuns: 12 },
    );
  });
});
