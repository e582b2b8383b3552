import fc from 'fast-check';
import { BillingPatterns, NumberOrder, NumberOrderPatterns, WalletCaller } from '@did/contracts';
import { randomId } from '@did/service-kit';
import { CYCLE_MS } from '../src/subscriptions/billing-cycle';
import { RenewalsService } from '../src/subscriptions/renewals.service';
import { OrderingFixture, startOrdering } from './ordering-fixture';
import { ledgerWorld, LedgerWorld, RunNumber } from './ledger-world';
import { resaleWorld } from './resale-world';

const DAY = 86_400_000;
const RUNS = 100;
/**
 * A fixed seed by default, so every run of the suite covers each kind of event below (with a random one, renewals
 * refused by an empty wallet came out 2 to 4 times in 100 runs: sometimes none). PROPERTY_SEED explores others.
 */
const SEED = Number(process.env.PROPERTY_SEED ?? 20_261_207);

// A hang guard for the 100 runs (about a second each), not a speed check.
jest.setTimeout(300_000);

/** Tenant 0 or 1 of the run's partner; a wallet index 2 is the partner itself. */
type Action =
  | { kind: 'top_up'; wallet: number; cents: number }
  | { kind: 'order'; tenant: number; lines: ('activated' | 'failed')[] }
  | { kind: 'usage'; tenant: number; cents: number; platformShare: number }
  | { kind: 'advance'; days: number; concurrent: number }
  | { kind: 'renew'; number: number }
  | { kind: 'cancel'; number: number }
  | { kind: 'release'; number: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  // Top-ups small against an order (about 250 a number), so orders, renewals and usage are often refused or left owing.
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('top_up' as const),
      wallet: fc.nat(2),
      cents: fc.integer({ min: 50, max: 800 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('order' as const),
      tenant: fc.nat(1),
      lines: fc.array(fc.constantFrom('activated' as const, 'failed' as const), { minLength: 1, maxLength: 2 }),
    }),
  },
  // Usage up to six numbers' worth: it drains wallets (or leaves them owing), so renewals meet empty wallets too.
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('usage' as const),
      tenant: fc.nat(1),
      cents: fc.integer({ min: 1, max: 1_500 }),
      platformShare: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  // Time passes, then the renewal job runs (as its schedule would), up to three passes at once.
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      days: fc.integer({ min: 20, max: 40 }),
      concurrent: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('renew' as const), number: fc.nat(9) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), number: fc.nat(9) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('release' as const), number: fc.nat(9) }) },
);

/** What the runs made happen, summed over all of them: each must have happened for the property to mean anything. */
const happened = {
  runs: 0,
  top_up: 0,
  order_placed: 0,
  order_refused: 0,
  refund: 0,
  activation: 0,
  usage_charged: 0,
  usage_owed: 0,
  renewal: 0,
  renewal_refused: 0,
  release: 0,
};

/** Refusals a renew or cancel may meet; anything else fails the property. */
const EXPECTED_REFUSALS = [
  'balance_insufficient',
  'renewal_not_due',
  'renewal_already_cancelled',
  'number_already_released',
];

describe('property: random top-ups, orders (activated or refunded), usage, renewals (job and manual), cancellations and releases keep every ledger whole', () => {
  let o: OrderingFixture;
  let resale: ReturnType<typeof resaleWorld>;
  let w: LedgerWorld;
  let renewals: RenewalsService;

  beforeAll(async () => {
    o = await startOrdering({ RENEWAL_INTERVAL_MS: '0', RENEWAL_BATCH_SIZE: '3', PAYMENT_RECONCILE_AFTER_MS: '60000' });
    resale = resaleWorld(o);
    w = ledgerWorld(o);
    renewals = o.app.get(RenewalsService);
  });

  afterAll(async () => {
    resale?.stop();
    await o?.close();
  });

  async function perform(
    a: Action,
    partner: WalletCaller,
    tenants: WalletCaller[],
    numbers: RunNumber[],
  ): Promise<void> {
    const pick = (i: number) =>
      numbers.filter((n) => n.active)[i % Math.max(1, numbers.filter((n) => n.active).length)];
    switch (a.kind) {
      case 'top_up':
        await w.topUp(a.wallet === 2 ? partner : tenants[a.wallet], a.cents);
        happened.top_up++;
        break;
      case 'order': {
        const buyer = tenants[a.tenant];
        const phones = a.lines.map(() => `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`);
        const placed = await o.rpc
          .request<NumberOrder>(NumberOrderPatterns.Create, {
            caller: buyer,
            body: { country_code: 'US', number_type: 'local', phone_numbers: phones },
            idempotency_key: randomId('key'),
          })
          .catch((err: { code?: string }) => {
            if (err.code !== 'balance_insufficient') throw err;
            return null;
          });
        if (!placed) {
          happened.order_refused++;
          break;
        }
        happened.order_placed++;
        // Inventory's answer for each number, as its events would bring it.
        for (const [i, line] of (await w.orderLines(placed.id)).entries()) {
          if (a.lines[i] === 'failed') {
            await w.reportFailed(placed.id, line, buyer, partner);
            happened.refund++;
          } else {
            await w.reportActivated(placed.id, line, buyer, partner);
            numbers.push({ ...line, caller: buyer, active: true });
            happened.activation++;
          }
        }
        break;
      }
      case 'usage': {
        const tenant = tenants[a.tenant];
        const owed = await w.chargeUsage(tenant, partner, a.cents, Math.floor(a.cents * a.platformShare));
        happened.usage_charged++;
        if (owed > 0) happened.usage_owed++;
        break;
      }
      case 'advance':
        o.clock.advance(a.days * DAY);
        for (const run of await Promise.all(Array.from({ length: a.concurrent }, () => renewals.runOnce()))) {
          happened.renewal += run.renewed;
          happened.renewal_refused += run.failed;
        }
        break;
      case 'renew':
      case 'cancel': {
        const n = pick(a.number);
        if (!n) break;
        const pattern = a.kind === 'renew' ? BillingPatterns.Renew : BillingPatterns.CancelRenewal;
        const refusal = await o.rpc.request(pattern, { caller: n.caller, number: n.numberId }).then(
          () => null,
          (err: { code?: string }) => {
            if (!EXPECTED_REFUSALS.includes(err.code ?? '')) throw err;
            return err.code;
          },
        );
        if (a.kind === 'renew' && !refusal) happened.renewal++;
        if (a.kind === 'renew' && refusal === 'balance_insufficient') happened.renewal_refused++;
        break;
      }
      case 'release': {
        const n = pick(a.number);
        if (!n) break;
        await w.release(n, partner);
        n.active = false;
        happened.release++;
        break;
      }
    }
  }

  it(`per wallet, over ${RUNS} runs: entries chain (1..n), sum to the balance, never negative; each order charged once and each failed number refunded once; each renewal period charged once; each usage charge paid or owed in full once`, async () => {
    await fc.assert(
      // Each tenant starts with a top-up of up to six numbers' worth (or none), then a few actions.
      fc.asyncProperty(
        fc.tuple(fc.integer({ min: 0, max: 1_500 }), fc.integer({ min: 0, max: 1_500 })),
        fc.array(action, { minLength: 3, maxLength: 8 }),
        async (funding, actions) => {
          // A fresh partner and two tenants per run, on the one world every run shares.
          const partner = o.newCaller('USD', null);
          const tenants = [0, 1].map(() => o.newCaller('USD', partner.account_id));
          for (const t of tenants) await resale.f.walletOf(t);
          const numbers: RunNumber[] = [];
          for (const [i, cents] of funding.entries())
            if (cents > 0) await perform({ kind: 'top_up', wallet: i, cents }, partner, tenants, numbers);
          for (const a of actions) await perform(a, partner, tenants, numbers);

          const accounts = [partner.account_id, ...tenants.map((t) => t.account_id)];
          for (const accountId of accounts) await resale.f.expectChainIntact(accountId);
          expect(await w.ordersChargedOnceAndRefundedOnce(accounts)).toEqual([]);
          expect(await w.usageChargedOnce(accounts)).toEqual([]);
          for (const n of numbers) {
            const [{ periods }] = await o.rows<{ periods: number }>(
              `select count(*)::int as periods from ordering.billing_periods where number_id = ? and kind = 'renewal'`,
              [n.numberId],
            );
            const [{ charged }] = await o.rows<{ charged: number }>(
              `select count(*)::int as charged from ordering.ledger_entries where account_id = ? and kind = 'renewal' and reference = ?`,
              [n.caller.account_id, n.numberId],
            );
            expect(charged).toBe(periods);
            const [sub] = await o.rows<{ paid_until: Date; billing_started_at: Date }>(
              `select paid_until, billing_started_at from ordering.subscriptions where number_id = ?`,
              [n.numberId],
            );
            expect(
              (new Date(sub.paid_until).getTime() - new Date(sub.billing_started_at).getTime()) / CYCLE_MS - 1,
            ).toBe(periods);
          }
          // Ends the run's billing, so later runs' renewal passes do not keep renewing it.
          for (const n of numbers.filter((x) => x.active)) await w.release(n, partner);
          happened.runs++;
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    console.log(`renewals-ledger property, seed ${SEED} (PROPERTY_SEED): ${JSON.stringify(happened)}`);
    // The property only means something if the runs did all of it.
    expect(happened.runs).toBe(RUNS);
    expect(Object.entries(happened).filter(([, count]) => count === 0)).toEqual([]);
  });
});
