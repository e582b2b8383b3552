import { Balance, LedgerEntryKind, LedgerEntryList, WalletCaller, WalletPatterns } from '@did/contracts';
import { randomId } from '@did/service-kit';
import { waitFor } from '@did/testing';
import { LedgerService, Posting } from '../src/wallets/ledger.service';
import { WalletsService } from '../src/wallets/wallets.service';
import { failure, OrderingFixture, startOrdering } from './ordering-fixture';

describe('wallets and ledger (real PostgreSQL and NATS)', () => {
  let o: OrderingFixture;
  let ledger: LedgerService;
  let wallets: WalletsService;

  const balanceOf = (caller: WalletCaller) => o.rpc.request<Balance>(WalletPatterns.GetBalance, caller);
  const post = (walletId: string, posting: Omit<Posting, 'walletId' | 'description'> & { description?: string }) =>
    o.em().transactional((em) => ledger.post(em, { description: 'test', ...posting, walletId }));
  const entriesOf = (walletId: string) =>
    o.rows<{ amount_cents: string; balance_after_cents: string; sequence: number; kind: string }>(
      `select amount_cents, balance_after_cents, sequence, kind from ordering.ledger_entries where wallet_id = ? order by sequence`,
      [walletId],
    );

  beforeAll(async () => {
    o = await startOrdering();
    ledger = o.app.get(LedgerService);
    wallets = o.app.get(WalletsService);
  });

  afterAll(async () => {
    await o.close();
  });

  it('opens a wallet from account.created in the account currency; a redelivered event opens nothing more', async () => {
    const accountId = randomId('acc');
    const data = {
      account_id: accountId,
      type: 'tenant',
      parent_id: 'acc_partner',
      name: 'Brit',
      currency: 'GBP',
      created_at: o.clock.now().toISOString(),
    };
    const eventId = await o.publishAccountCreated(data);
    const wallet = await waitFor(
      async () =>
        (
          await o.rows<{ currency: string; balance_cents: string; partner_id: string }>(
            `select * from ordering.wallets where account_id = ?`,
            [accountId],
          )
        )[0],
      { what: 'the wallet' },
    );
    expect(wallet).toMatchObject({ currency: 'GBP', balance_cents: '0', partner_id: 'acc_partner' });

    // The same event again (another JetStream message id, so the stream keeps both), then another event about the same account.
    await o.publishAccountCreated(data, eventId, `${eventId}-again`);
    await o.publishAccountCreated(data);
    await waitFor(
      async () =>
        (
          await o.rows<{ n: number }>(
            `select count(*)::int as n from ordering.inbox_records where consumer = 'ordering-wallets'`,
          )
        )[0].n === 2,
      { what: 'both deliveries processed' },
    );
    expect(await o.rows(`select id from ordering.wallets where account_id = ?`, [accountId])).toHaveLength(1);
    const created = await o.rows<{ envelope: { data: { account_id: string; currency: string } } }>(
      `select envelope from ordering.outbox_events where type = 'wallet.created'`,
    );
    expect(created.filter((r) => r.envelope.data.account_id === accountId)).toEqual([
      expect.objectContaining({
        envelope: expect.objectContaining({ data: expect.objectContaining({ currency: 'GBP' }) }),
      }),
    ]);
  });

  it('opens a missing wallet on first use, empty, and answers the balance with auto-recharge off', async () => {
    const caller = o.newCaller('INR');
    const balance = await balanceOf(caller);
    expect(balance).toMatchObject({
      record_type: 'balance',
      account_id: caller.account_id,
      balance_cents: 0,
      currency: 'INR',
      auto_recharge: { enabled: false, threshold_cents: 0, amount_cents: 0, payment_method_id: null },
    });
    expect(await balanceOf(caller)).toEqual(balance);
    // A caller claiming another currency for the same account is refused, not given a second wallet.
    expect(await failure(balanceOf({ ...caller, currency: 'USD' }))).toMatchObject({ code: 'currency_mismatch' });
  });

  it('lets exactly 10 of 20 concurrent debits through a balance that covers 10; the balance ends at 0 and the ledger sums to it', async () => {
    const caller = o.newCaller();
    const wallet = await wallets.ensure(caller);
    await post(wallet.id, { kind: LedgerEntryKind.Adjustment, amountCents: 1_000, idempotencyKey: 'fund' });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        post(wallet.id, { kind: LedgerEntryKind.OrderCharge, amountCents: -100, idempotencyKey: `order:${i}` }),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(10);
    for (const r of refused) expect(r.reason).toMatchObject({ code: 'balance_insufficient', type: 'payment_required' });

    expect((await balanceOf(caller)).balance_cents).toBe(0);
    const entries = await entriesOf(wallet.id);
    expect(entries).toHaveLength(11);
    expect(entries.reduce((sum, e) => sum + Number(e.amount_cents), 0)).toBe(0);
    // The chain: sequence 1..11, each balance_after = previous + amount, never negative.
    let running = 0;
    entries.forEach((e, i) => {
      running += Number(e.amount_cents);
      expect(e.sequence).toBe(i + 1);
      expect(Number(e.balance_after_cents)).toBe(running);
      expect(running).toBeGreaterThanOrEqual(0);
    });
  });

  it('writes a charge once under its key, even when the same post races itself', async () => {
    const wallet = await wallets.ensure(o.newCaller());
    await post(wallet.id, { kind: LedgerEntryKind.Adjustment, amountCents: 500, idempotencyKey: 'fund' });
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        post(wallet.id, {
          kind: LedgerEntryKind.Renewal,
          amountCents: -120,
          idempotencyKey: 'renewal:+15125550100:2026-03-02',
        }),
      ),
    );
    expect(new Set(results.map((r) => r.entryId)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(results.every((r) => r.balanceAfterCents === 380)).toBe(true);
    expect((await entriesOf(wallet.id)).map((e) => Number(e.amount_cents))).toEqual([500, -120]);
    // The same key for a different amount is a bug in the caller, not a second charge.
    expect(
      await failure(
        post(wallet.id, {
          kind: LedgerEntryKind.Renewal,
          amountCents: -99,
          idempotencyKey: 'renewal:+15125550100:2026-03-02',
        }),
      ),
    ).toMatchObject({ code: 'idempotency_key_reused' });
  });

  it('refuses a posting in another currency', async () => {
    const wallet = await wallets.ensure(o.newCaller('GBP'));
    expect(
      await failure(
        post(wallet.id, { kind: LedgerEntryKind.Adjustment, amountCents: 100, idempotencyKey: 'x', currency: 'USD' }),
      ),
    ).toMatchObject({ code: 'currency_mismatch' });
  });

  it('cannot be driven negative or edited even by direct SQL: the CHECK and the append-only trigger refuse', async () => {
    const wallet = await wallets.ensure(o.newCaller());
    await post(wallet.id, { kind: LedgerEntryKind.Adjustment, amountCents: 300, idempotencyKey: 'fund' });
    await expect(o.rows(`update ordering.wallets set balance_cents = -1 where id = ?`, [wallet.id])).rejects.toThrow(
      /wallets_balance_non_negative/,
    );
    await expect(
      o.rows(`update ordering.wallets set balance_cents = balance_cents - 301 where id = ?`, [wallet.id]),
    ).rejects.toThrow(/wallets_balance_non_negative/);
    await expect(
      o.rows(`update ordering.ledger_entries set amount_cents = 1 where wallet_id = ?`, [wallet.id]),
    ).rejects.toThrow(/immutable/);
    await expect(o.rows(`delete from ordering.ledger_entries where wallet_id = ?`, [wallet.id])).rejects.toThrow(
      /immutable/,
    );
    expect(
      (
        await o.rows<{ balance_cents: string }>(`select balance_cents from ordering.wallets where id = ?`, [wallet.id])
      )[0].balance_cents,
    ).toBe('300');
  });

  it('pages the ledger oldest first and filters by kind and created_at range', async () => {
    const caller = o.newCaller();
    const wallet = await wallets.ensure(caller);
    const start = o.clock.now();
    const kinds = [
      LedgerEntryKind.TopUp,
      LedgerEntryKind.OrderCharge,
      LedgerEntryKind.TopUp,
      LedgerEntryKind.Refund,
      LedgerEntryKind.TopUp,
    ];
    for (const [i, kind] of kinds.entries()) {
      o.clock.advance(60_000);
      await post(wallet.id, {
        kind,
        amountCents: kind === LedgerEntryKind.OrderCharge ? -50 : 100,
        idempotencyKey: `e${i}`,
      });
    }
    const list = (query: object) =>
      o.rpc.request<LedgerEntryList>(WalletPatterns.ListLedger, { caller, query: { limit: 25, ...query } });

    const first = await list({ limit: 2 });
    expect(first.data.map((e) => e.sequence)).toEqual([1, 2]);
    expect(first.meta).toMatchObject({ total: 5 });
    const second = await list({ limit: 2, cursor: first.meta.next_cursor });
    const third = await list({ limit: 2, cursor: second.meta.next_cursor });
    expect([...second.data, ...third.data].map((e) => e.sequence)).toEqual([3, 4, 5]);
    expect(third.meta.next_cursor).toBeNull();
    expect(first.data[0]).toMatchObject({
      record_type: 'ledger_entry',
      kind: 'top_up',
      amount_cents: 100,
      balance_after_cents: 100,
      currency: 'USD',
      account_id: caller.account_id,
    });

    expect((await list({ kind: 'top_up' })).data.map((e) => e.sequence)).toEqual([1, 3, 5]);
    const after = new Date(start.getTime() + 2 * 60_000).toISOString();
    const before = new Date(start.getTime() + 4 * 60_000).toISOString();
    expect((await list({ created_after: after, created_before: before })).data.map((e) => e.sequence)).toEqual([2, 3]);
    expect((await list({ kind: 'top_up', created_after: after })).data.map((e) => e.sequence)).toEqual([3, 5]);

    expect(await failure(list({ kind: 'bonus' }))).toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ field: 'query.kind', rule: 'enum' })],
    });
    expect(await failure(list({ created_after: before, created_before: after }))).toMatchObject({
      errors: [expect.objectContaining({ field: 'query.created_before' })],
    });
    // Another account sees none of it.
    expect((await list({})).meta.total).toBe(5);
    expect(
      (await o.rpc.request<LedgerEntryList>(WalletPatterns.ListLedger, { caller: o.newCaller(), query: { limit: 25 } }))
        .meta.total,
    ).toBe(0);
  });
});
