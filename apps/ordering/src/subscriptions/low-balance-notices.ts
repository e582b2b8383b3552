import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Currency, Events } from '@did/contracts';
import { appendToOutbox } from '@did/messaging';
import { asDate } from '@did/persistence';
import { cents, LOW_BALANCE_NOTICES, sql, SUBSCRIPTIONS, WALLETS } from '../db/sql';

const DAY_MS = 86_400_000;
/** Notices go out this many days before a renewal the balance cannot cover. */
export const LOW_BALANCE_DAYS = [7, 1] as const;

interface Uncovered {
  wallet_id: string;
  account_id: string;
  partner_id: string | null;
  currency: Currency;
  balance_cents: string;
  due_at: Date;
  due_cents: string;
}

/**
 * wallet.low_balance: for each wallet, the first renewal in the next 7 days that its balance cannot
 * cover after every renewal due before it (past-due ones included), as a buyer or as a partner.
 * Sent once per (wallet, due date, threshold): 7 when it is 1 to 7 days away, 1 when it is a day or less.
 */
@Injectable()
export class LowBalanceNotices {
  constructor(private readonly em: EntityManager) {}

  async send(now: Date): Promise<number> {
    const horizon = new Date(now.getTime() + LOW_BALANCE_DAYS[0] * DAY_MS);
    const dayAhead = new Date(now.getTime() + DAY_MS);
    return this.em.fork().transactional(async (em) => {
      const rows = await sql<Uncovered & { days_before: number }>(
        em,
        `with due as (
           select s.account_id as payer, s.paid_until, s.number_id, s.monthly_cents as amount from ${SUBSCRIPTIONS} s
             where s.status <> 'ended' and s.auto_renew and not s.cancel_at_period_end and s.paid_until <= ? and s.monthly_cents > 0
           union all
           select s.partner_id, s.paid_until, s.number_id, s.partner_monthly_cents from ${SUBSCRIPTIONS} s
             where s.status <> 'ended' and s.auto_renew and not s.cancel_at_period_end and s.paid_until <= ? and s.partner_id is not null and s.partner_monthly_cents > 0
         ), running as (
           select w.id as wallet_id, w.account_id, w.partner_id, w.currency, w.balance_cents, d.paid_until as due_at, d.number_id,
                  sum(d.amount) over (partition by w.id order by d.paid_until, d.number_id) as due_cents
           from due d join ${WALLETS} w on w.account_id = d.payer
         ), first_uncovered as (
           select distinct on (wallet_id) * from running where due_cents > balance_cents and due_at > ? order by wallet_id, due_at, number_id
         ), noticed as (
           insert into ${LOW_BALANCE_NOTICES} (wallet_id, due_at, days_before, notified_at)
           select wallet_id, due_at, case when due_at <= ? then 1 else 7 end, ? from first_uncovered
           on conflict do nothing returning wallet_id, due_at, days_before
         )
         select f.*, n.days_before from noticed n join first_uncovered f on f.wallet_id = n.wallet_id`,
        [horizon, horizon, now, dayAhead, now],
      );
      for (const r of rows) {
        await appendToOutbox(
          em,
          'ordering',
          Events.WalletLowBalance,
          {
            wallet_id: r.wallet_id,
            account_id: r.account_id,
            balance_cents: cents(r.balance_cents),
            due_cents: cents(r.due_cents),
            currency: r.currency,
            due_at: asDate(r.due_at).toISOString(),
            days_before: r.days_before,
            notified_at: now.toISOString(),
          },
          { accountId: r.account_id, partnerId: r.partner_id },
          now,
        );
      }
      return rows.length;
    });
  }
}
