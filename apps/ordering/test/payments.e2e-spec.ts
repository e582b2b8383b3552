import {
  Balance,
  LedgerEntryKind,
  PaymentMethod,
  PaymentMethodList,
  PaymentMethodPatterns,
  TopUp,
  WalletCaller,
  WalletPatterns,
} from '@did/contracts';
import { runFundDemoCli } from '../src/demo/fund-demo.cli';
import { FundsService } from '../src/payments/funds.service';
import { PaymentReconciler } from '../src/payments/payment-reconciler';
import { LedgerService } from '../src/wallets/ledger.service';
import { WalletsService } from '../src/wallets/wallets.service';
import { failure, OrderingFixture, startOrdering } from './ordering-fixture';

const CARDS = {
  ok: '4242424242424242',
  declined: '4000000000000002',
  noFunds: '4000000000009995',
  timeout: '4000000000000119',
};

describe('payment methods, top-ups and auto-recharge (real PostgreSQL and NATS)', () => {
  let o: OrderingFixture;

  const addCard = (caller: WalletCaller, card_number: string, exp = { exp_month: 12, exp_year: 2030 }) =>
    o.rpc.request<PaymentMethod>(PaymentMethodPatterns.Create, { caller, card: { card_number, ...exp, cvc: '123' } });
  const topUp = (caller: WalletCaller, payment_method_id: string, amount_cents: number, idempotency_key: string) =>
    o.rpc.request<TopUp>(WalletPatterns.TopUp, {
      caller,
      top_up: { amount_cents, payment_method_id },
      idempotency_key,
    });
  const balanceOf = async (caller: WalletCaller) =>
    (await o.rpc.request<Balance>(WalletPatterns.GetBalance, caller)).balance_cents;
  const ledgerSum = async (caller: WalletCaller) =>
    Number(
      (
        await o.rows<{ s: string }>(
          `select coalesce(sum(amount_cents), 0) as s from ordering.ledger_entries where account_id = ?`,
          [caller.account_id],
        )
      )[0].s,
    );
  const entryCount = async (caller: WalletCaller) =>
    (await o.rows(`select id from ordering.ledger_entries where account_id = ?`, [caller.account_id])).length;

  beforeAll(async () => {
    o = await startOrdering({ PAYMENT_RECONCILE_AFTER_MS: '60000' });
  });

  afterAll(async () => {
    await o.close();
  });

  describe('payment methods', () => {
    it('keeps brand, last4 and expiry only; the number and CVC are stored nowhere', async () => {
      const caller = o.newCaller();
      const pm = await addCard(caller, '4242 4242 4242 4242');
      expect(pm).toMatchObject({
        record_type: 'payment_method',
        account_id: caller.account_id,
        brand: 'visa',
        last4: '4242',
        exp_month: 12,
        exp_year: 2030,
      });
      const stored = JSON.stringify(await o.rows(`select * from ordering.payment_methods where id = ?`, [pm.id]));
      expect(stored).not.toContain(CARDS.ok);
      expect(stored).not.toContain('"123"');
      expect(await o.rpc.request<PaymentMethodList>(PaymentMethodPatterns.List, { caller })).toEqual({ data: [pm] });
    });

    it('rejects a number failing Luhn, a malformed number and an expired card, naming field and rule', async () => {
      const caller = o.newCaller();
      expect(await failure(addCard(caller, '4242424242424241'))).toMatchObject({
        code: 'validation_failed',
        errors: [{ field: 'card_number', rule: 'luhn' }],
      });
      expect(await failure(addCard(caller, '4242-abc'))).toMatchObject({
        code: 'validation_failed',
        errors: [expect.objectContaining({ field: 'card.card_number' })],
      });
      // The clock says 2026-03: a card that ran out at the end of February is expired, March is still good.
      expect(await failure(addCard(caller, CARDS.ok, { exp_month: 2, exp_year: 2026 }))).toMatchObject({
        errors: [{ field: 'exp_year', rule: 'not_expired' }],
      });
      expect(await addCard(caller, CARDS.ok, { exp_month: 3, exp_year: 2026 })).toMatchObject({ last4: '4242' });
      expect(await failure(addCard(caller, CARDS.ok, { exp_month: 13, exp_year: 2030 }))).toMatchObject({
        errors: [expect.objectContaining({ field: 'card.exp_month', rule: 'max:12' })],
      });
    });

    it('are invisible to other accounts: another account can neither read, delete nor charge them', async () => {
      const alice = o.newCaller();
      const bob = o.newCaller();
      const pm = await addCard(alice, CARDS.ok);
      expect(
        await failure(o.rpc.request(PaymentMethodPatterns.Get, { caller: bob, payment_method_id: pm.id })),
      ).toMatchObject({ code: 'payment_method_not_found' });
      expect(
        await failure(o.rpc.request(PaymentMethodPatterns.Delete, { caller: bob, payment_method_id: pm.id })),
      ).toMatchObject({ code: 'payment_method_not_found' });
      expect(await failure(topUp(bob, pm.id, 500, 'steal'))).toMatchObject({ code: 'payment_method_not_found' });
      expect(await o.rpc.request<PaymentMethodList>(PaymentMethodPatterns.List, { caller: bob })).toEqual({ data: [] });
      expect(await balanceOf(bob)).toBe(0);
    });

    it('deletes a card unless auto-recharge uses it', async () => {
      const caller = o.newCaller();
      const pm = await addCard(caller, CARDS.ok);
      await o.rpc.request(WalletPatterns.SetAutoRecharge, {
        caller,
        settings: { enabled: true, threshold_cents: 0, amount_cents: 1000, payment_method_id: pm.id },
      });
      expect(
        await failure(o.rpc.request(PaymentMethodPatterns.Delete, { caller, payment_method_id: pm.id })),
      ).toMatchObject({ code: 'payment_method_in_use', type: 'conflict' });
      await o.rpc.request(WalletPatterns.SetAutoRecharge, {
        caller,
        settings: { enabled: false, threshold_cents: 0, amount_cents: 1000, payment_method_id: null },
      });
      expect(await o.rpc.request(PaymentMethodPatterns.Delete, { caller, payment_method_id: pm.id })).toMatchObject({
        id: pm.id,
      });
      expect(
        await failure(o.rpc.request(PaymentMethodPatterns.Get, { caller, payment_method_id: pm.id })),
      ).toMatchObject({ code: 'payment_method_not_found' });
      expect(await failure(topUp(caller, pm.id, 500, 'after-delete'))).toMatchObject({
        code: 'payment_method_not_found',
      });
    });
  });

  describe('top-ups', () => {
    it('credits once; a replay with the same key (even 10 at once, straight over NATS) returns the same top-up and credits nothing more', async () => {
      const caller = o.newCaller();
      const pm = await addCard(caller, CARDS.ok);
      const first = await topUp(caller, pm.id, 2_500, 'topup-1');
      expect(first).toMatchObject({
        record_type: 'top_up',
        status: 'succeeded',
        amount_cents: 2_500,
        currency: 'USD',
        payment_method_id: pm.id,
        balance_cents: 2_500,
      });
      expect(first.processor_charge_id).toMatch(/^ch_/);
      // A gateway that restarted and lost its idempotency record asks ordering again with the same key.
      const replays = await Promise.all(Array.from({ length: 10 }, () => topUp(caller, pm.id, 2_500, 'topup-1')));
      for (const r of replays) expect(r).toEqual(first);
      expect(await balanceOf(caller)).toBe(2_500);
      expect(await entryCount(caller)).toBe(1);
      expect(
        (await o.rows(`select charge_id from ordering.sandbox_processor_charges where idempotency_key = ?`, [first.id]))
          .length,
      ).toBe(1);

      const second = await topUp(caller, pm.id, 500, 'topup-2');
      expect(second).toMatchObject({ status: 'succeeded', balance_cents: 3_000 });
      expect(await ledgerSum(caller)).toBe(3_000);
      const credited = await o.rows<{ envelope: { data: { payment_id: string } } }>(
        `select envelope from ordering.outbox_events where type = 'payment.succeeded'`,
      );
      expect(credited.filter((r) => r.envelope.data.payment_id === first.id)).toHaveLength(1);
    });

    it('refuses the same key for a different amount', async () => {
      const caller = o.newCaller();
      const pm = await addCard(caller, CARDS.ok);
      await topUp(caller, pm.id, 1_000, 'k');
      expect(await failure(topUp(caller, pm.id, 2_000, 'k'))).toMatchObject({ code: 'idempotency_key_reused' });
      expect(await balanceOf(caller)).toBe(1_000);
    });

    it('credits the same key twice for two different accounts (keys are per account)', async () => {
      const [a, b] = [o.newCaller(), o.newCaller()];
      const [pa, pb] = [await addCard(a, CARDS.ok), await addCard(b, CARDS.ok)];
      await topUp(a, pa.id, 700, 'shared-key');
      await topUp(b, pb.id, 900, 'shared-key');
      expect([await balanceOf(a), await balanceOf(b)]).toEqual([700, 900]);
    });

    it.each([
      ['declined', CARDS.declined, /declined/],
      ['insufficient funds', CARDS.noFunds, /insufficient funds/],
    ])(
      '%s card: 402 payment_declined, nothing credited; a retry replays the refusal without asking the processor again',
      async (_name, number, message) => {
        const caller = o.newCaller();
        const pm = await addCard(caller, number);
        const err = await failure(topUp(caller, pm.id, 1_000, 'try'));
        expect(err).toMatchObject({ code: 'payment_declined', type: 'payment_required' });
        expect(err.message).toMatch(message);
        expect(await failure(topUp(caller, pm.id, 1_000, 'try'))).toMatchObject({ code: 'payment_declined' });
        expect(await balanceOf(caller)).toBe(0);
        expect(await entryCount(caller)).toBe(0);
        const [payment] = await o.rows<{ id: string; status: string }>(
          `select id, status from ordering.payments where account_id = ?`,
          [caller.account_id],
        );
        expect(payment.status).toBe('failed');
        expect(
          await o.rows(`select 1 from ordering.sandbox_processor_charges where idempotency_key = ?`, [payment.id]),
        ).toHaveLength(1);
        expect(
          await o.rows(
            `select 1 from ordering.outbox_events where type = 'payment.failed' and envelope->'data'->>'payment_id' = ?`,
            [payment.id],
          ),
        ).toHaveLength(1);
      },
    );

    it('timeout card: 504-class payment_processor_timeout and nothing credited; the retry with the same key learns the card was charged and credits exactly once', async () => {
      const caller = o.newCaller();
      const pm = await addCard(caller, CARDS.timeout);
      expect(await failure(topUp(caller, pm.id, 1_500, 'slow'))).toMatchObject({
        code: 'payment_processor_timeout',
        type: 'timeout',
      });
      expect(await balanceOf(caller)).toBe(0);
      const [pending] = await o.rows<{ id: string; status: string }>(
        `select id, status from ordering.payments where account_id = ?`,
        [caller.account_id],
      );
      expect(pending.status).toBe('pending');

      const retries = await Promise.all([
        topUp(caller, pm.id, 1_500, 'slow'),
        topUp(caller, pm.id, 1_500, 'slow'),
        topUp(caller, pm.id, 1_500, 'slow'),
      ]);
      expect(new Set(retries.map((r) => JSON.stringify(r))).size).toBe(1);
      expect(retries[0]).toMatchObject({ id: pending.id, status: 'succeeded', balance_cents: 1_500 });
      const [charge] = await o.rows<{ charge_id: string }>(
        `select charge_id from ordering.sandbox_processor_charges where idempotency_key = ?`,
        [pending.id],
      );
      expect(retries[0].processor_charge_id).toBe(charge.charge_id);
      expect(await balanceOf(caller)).toBe(1_500);
      expect(await entryCount(caller)).toBe(1);
    });

    it('the reconciler settles a timed-out payment nobody retries, once, after PAYMENT_RECONCILE_AFTER_MS', async () => {
      const caller = o.newCaller();
      const pm = await addCard(caller, CARDS.timeout);
      expect(await failure(topUp(caller, pm.id, 800, 'abandoned'))).toMatchObject({
        code: 'payment_processor_timeout',
      });
      const reconciler = o.app.get(PaymentReconciler);
      const settledEarly = await reconciler.run();
      expect(await balanceOf(caller)).toBe(0);
      o.clock.advance(60_000);
      expect(await reconciler.run()).toBeGreaterThanOrEqual(1);
      expect(await balanceOf(caller)).toBe(800);
      await reconciler.run();
      expect(await entryCount(caller)).toBe(1);
      // The client's late retry now simply sees the settled top-up.
      expect(await topUp(caller, pm.id, 800, 'abandoned')).toMatchObject({ status: 'succeeded', balance_cents: 800 });
      expect(settledEarly).toBe(0);
    });
  });

  describe('auto-recharge and ensureFunds', () => {
    const debit = (walletId: string, amount: number, key: string) =>
      o.em().transactional((em) =>
        o.app.get(LedgerService).post(em, {
          walletId,
          kind: LedgerEntryKind.OrderCharge,
          amountCents: -amount,
          idempotencyKey: key,
          description: 'order',
        }),
      );

    it('validates the settings and the card they name', async () => {
      const caller = o.newCaller();
      const other = await addCard(o.newCaller(), CARDS.ok);
      expect(
        await failure(
          o.rpc.request(WalletPatterns.SetAutoRecharge, {
            caller,
            settings: { enabled: true, threshold_cents: 0, amount_cents: 1000, payment_method_id: null },
          }),
        ),
      ).toMatchObject({
        errors: [expect.objectContaining({ field: 'settings.payment_method_id' })],
      });
      expect(
        await failure(
          o.rpc.request(WalletPatterns.SetAutoRecharge, {
            caller,
            settings: { enabled: true, threshold_cents: -1, amount_cents: 0, payment_method_id: 'pm_x' },
          }),
        ),
      ).toMatchObject({ code: 'validation_failed' });
      expect(
        await failure(
          o.rpc.request(WalletPatterns.SetAutoRecharge, {
            caller,
            settings: { enabled: true, threshold_cents: 0, amount_cents: 1000, payment_method_id: other.id },
          }),
        ),
      ).toMatchObject({ code: 'payment_method_not_found' });
    });

    it('charges the saved card when a charge would not fit, then the debit fits; a retried ensureFunds charges nothing more', async () => {
      const caller = o.newCaller();
      const pm = await addCard(caller, CARDS.ok);
      await topUp(caller, pm.id, 300, 'seed');
      const balance = await o.rpc.request<Balance>(WalletPatterns.SetAutoRecharge, {
        caller,
        settings: { enabled: true, threshold_cents: 0, amount_cents: 1_000, payment_method_id: pm.id },
      });
      expect(balance.auto_recharge).toEqual({
        enabled: true,
        threshold_cents: 0,
        amount_cents: 1_000,
        payment_method_id: pm.id,
      });

      const funds = o.app.get(FundsService);
      const check = await funds.ensureFunds(caller.account_id, 800, 'order:1');
      expect(check).toMatchObject({
        covered: true,
        balanceCents: 1_300,
        recharge: { status: 'succeeded', amountCents: 1_000 },
      });
      expect(await funds.ensureFunds(caller.account_id, 800, 'order:1')).toMatchObject({
        covered: true,
        balanceCents: 1_300,
      });
      const wallet = await o.app.get(WalletsService).byAccount(caller.account_id);
      await debit(wallet.id, 800, 'order:1');
      expect(await balanceOf(caller)).toBe(500);

      // Fits already: no card charge.
      expect(await funds.ensureFunds(caller.account_id, 400, 'order:2')).toMatchObject({
        covered: true,
        recharge: null,
      });
      // Needs more than the configured amount: the shortfall is charged instead.
      expect(await funds.ensureFunds(caller.account_id, 5_000, 'order:3')).toMatchObject({
        covered: true,
        balanceCents: 5_000,
        recharge: { amountCents: 4_500 },
      });
      await debit(wallet.id, 5_000, 'order:3');
      expect(await balanceOf(caller)).toBe(0);
      expect(await ledgerSum(caller)).toBe(0);
      const kinds = await o.rows<{ purpose: string; amount_cents: string }>(
        `select purpose, amount_cents from ordering.payments where account_id = ? order by created_at, id`,
        [caller.account_id],
      );
      expect(kinds.map((k) => `${k.purpose}:${Number(k.amount_cents)}`).sort()).toEqual([
        'auto_recharge:1000',
        'auto_recharge:4500',
        'top_up:300',
      ]);
    });

    it('recharges below the threshold before it is reached', async () => {
      const caller = o.newCaller();
      const pm = await addCard(caller, CARDS.ok);
      await topUp(caller, pm.id, 1_000, 'seed');
      await o.rpc.request(WalletPatterns.SetAutoRecharge, {
        caller,
        settings: { enabled: true, threshold_cents: 500, amount_cents: 2_000, payment_method_id: pm.id },
      });
      expect(await o.app.get(FundsService).ensureFunds(caller.account_id, 600, 'order:a')).toMatchObject({
        covered: true,
        balanceCents: 3_000,
      });
    });

    it('a declined auto-recharge leaves the charge uncovered: the debit is refused with 402 balance_insufficient', async () => {
      const caller = o.newCaller();
      const good = await addCard(caller, CARDS.ok);
      const bad = await addCard(caller, CARDS.declined);
      await topUp(caller, good.id, 100, 'seed');
      await o.rpc.request(WalletPatterns.SetAutoRecharge, {
        caller,
        settings: { enabled: true, threshold_cents: 0, amount_cents: 1_000, payment_method_id: bad.id },
      });
      const check = await o.app.get(FundsService).ensureFunds(caller.account_id, 500, 'order:x');
      expect(check).toMatchObject({
        covered: false,
        balanceCents: 100,
        recharge: { status: 'failed', code: 'payment_declined' },
      });
      const wallet = await o.app.get(WalletsService).byAccount(caller.account_id);
      expect(await failure(debit(wallet.id, 500, 'order:x'))).toMatchObject({ code: 'balance_insufficient' });
      expect(await balanceOf(caller)).toBe(100);
    });
  });

  it('fund-demo credits the demo account once, however often it runs', async () => {
    const account = o.newCaller().account_id;
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await runFundDemoCli(o.config, ['--account', account, '--amount-cents', '50000']);
    await runFundDemoCli(o.config, ['--account', account, '--amount-cents', '50000']);
    expect(log.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('credited 50000'),
      expect.stringContaining('already funded'),
    ]);
    log.mockRestore();
    const rows = await o.rows<{ kind: string; amount_cents: string }>(
      `select kind, amount_cents from ordering.ledger_entries where account_id = ?`,
      [account],
    );
    expect(rows).toEqual([{ kind: 'adjustment', amount_cents: '50000' }]);
    expect(await balanceOf({ account_id: account, partner_id: null, currency: 'USD' })).toBe(50_000);
  });
});
