import { LedgerEntryKind, WalletCaller } from '@did/contracts';
import { randomId } from '@did/service-kit';
import { startSubscription } from '../src/subscriptions/subscription-starter';
import { LedgerService } from '../src/wallets/ledger.service';
import { WalletsService } from '../src/wallets/wallets.service';
import { OrderingFixture } from './ordering-fixture';

export interface TestNumber {
  numberId: string;
  e164: string;
}

export interface NumberOptions {
  monthlyCents?: number;
  partnerMonthlyCents?: number;
  autoRenew?: boolean;
  commitmentMonths?: number;
  activatedAt?: Date;
}

export interface SubRow {
  status: string;
  paid_until: Date;
  next_retry_at: Date | null;
  failed_attempts: number;
  cancel_at_period_end: boolean;
  auto_renew: boolean;
  ended_at: Date | null;
  end_reason: string | null;
}

/** Test world of billing: wallets funded by adjustment, numbers activated the way the order flow starts them. */
export function subscriptionsFactory(o: OrderingFixture) {
  const ledger = o.app.get(LedgerService);
  const wallets = o.app.get(WalletsService);
  const f = {
    async walletOf(caller: WalletCaller): Promise<string> {
      if (caller.partner_id)
        await wallets.ensure({ account_id: caller.partner_id, partner_id: null, currency: caller.currency });
      return (await wallets.ensure(caller)).id;
    },
    async fund(accountId: string, cents: number): Promise<void> {
      const wallet = await wallets.byAccount(accountId);
      await o.em().transactional((em) =>
        ledger.post(em, {
          walletId: wallet.id,
          kind: cents > 0 ? LedgerEntryKind.TopUp : LedgerEntryKind.Adjustment,
          amountCents: cents,
          idempotencyKey: randomId('fund'),
          description: 'test funding',
        }),
      );
    },
    async newNumber(caller: WalletCaller, options: NumberOptions = {}): Promise<TestNumber> {
      await f.walletOf(caller);
      const numberId = randomId('pn');
      const e164 = `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
      await o.em().transactional((em) =>
        startSubscription(
          em,
          {
            numberId,
            e164,
            accountId: caller.account_id,
            partnerId: caller.partner_id,
            orderId: randomId('ord'),
            currency: caller.currency,
            setupCents: 100,
            monthlyCents: options.monthlyCents ?? 100,
            partnerMonthlyCents: options.partnerMonthlyCents ?? 0,
            firstPeriodCents: options.monthlyCents ?? 100,
            firstPeriodPartnerCents: options.partnerMonthlyCents ?? 0,
            isTrial: false,
            minimumCommitmentMonths: options.commitmentMonths ?? 0,
            autoRenew: options.autoRenew ?? true,
            activatedAt: options.activatedAt ?? o.clock.now(),
          },
          o.clock.now(),
        ),
      );
      return { numberId, e164 };
    },
    async sub(numberId: string): Promise<SubRow> {
      const [row] = await o.rows<SubRow>(`select * from ordering.subscriptions where number_id = ?`, [numberId]);
      const date = (v: Date | string | null) => (v === null ? null : new Date(v));
      return {
        ...row,
        paid_until: date(row.paid_until)!,
        next_retry_at: date(row.next_retry_at),
        ended_at: date(row.ended_at),
      };
    },
    async balance(accountId: string): Promise<number> {
      return Number((await wallets.byAccount(accountId)).balanceCents);
    },
    async entries(accountId: string, kind?: string) {
      const rows = await o.rows<{
        amount_cents: string;
        balance_after_cents: string;
        sequence: number;
        kind: string;
        idempotency_key: string;
      }>(
        `select e.amount_cents, e.balance_after_cents, e.sequence, e.kind, e.idempotency_key from ordering.ledger_entries e join ordering.wallets w on w.id = e.wallet_id where w.account_id = ? order by e.sequence`,
        [accountId],
      );
      return rows
        .filter((r) => !kind || r.kind === kind)
        .map((r) => ({ ...r, amount: Number(r.amount_cents), after: Number(r.balance_after_cents) }));
    },
    /** Events of `type` in the outbox about `numberOrWallet` (matched on number_id or wallet_id). */
    async events(type: string, id: string) {
      const rows = await o.rows<{ envelope: { data: Record<string, unknown> } }>(
        `select envelope from ordering.outbox_events where type = ? order by id`,
        [type],
      );
      return rows
        .map((r) => r.envelope.data)
        .filter((d) => d.number_id === id || d.wallet_id === id || d.account_id === id);
    },
    /** The ledger chain of an account: sequences 1..n, each balance_after the running sum, never negative, ending at the balance. */
    async expectChainIntact(accountId: string): Promise<void> {
      const entries = await f.entries(accountId);
      let running = 0;
      entries.forEach((e, i) => {
        running += e.amount;
        if (e.sequence !== i + 1 || e.after !== running || running < 0)
          throw new Error(`ledger chain of ${accountId} broken at entry ${i + 1}: ${JSON.stringify(e)}`);
      });
      const balance = await f.balance(accountId);
      if (balance !== running)
        throw new Error(`balance ${balance} of ${accountId} is not the sum of its entries ${running}`);
    },
  };
  return f;
}
