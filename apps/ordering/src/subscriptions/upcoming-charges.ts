import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { SubscriptionStatus, UpcomingCharges, UpcomingRequest } from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { sql, SUBSCRIPTIONS } from '../db/sql';
import { WalletsService } from '../wallets/wallets.service';
import { CYCLE_MS } from './billing-cycle';
import { subscriptionColumns, SubscriptionRow, toSubscriptionRow } from './subscription-row';

const DAY_MS = 86_400_000;

/**
 * What the caller's wallet will be charged in the next N days: every renewal of its numbers (its
 * price) and, for a partner, of its tenants' numbers (the partner price), each cycle in the window,
 * in due order, and whether the balance covers each after the ones before it. A past-due renewal
 * counts at its next retry; cancelled renewals and auto-renew off charge nothing.
 */
@Injectable()
export class UpcomingChargesService {
  constructor(
    private readonly em: EntityManager,
    private readonly wallets: WalletsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async upcoming(request: UpcomingRequest): Promise<UpcomingCharges> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + request.query.days * DAY_MS);
    const wallet = await this.wallets.ensure(request.caller);
    const accountId = request.caller.account_id;
    const subs = (
      await sql<SubscriptionRow>(
        this.em.fork(),
        `select ${subscriptionColumns()} from ${SUBSCRIPTIONS}
       where (account_id = ? or (partner_id = ? and partner_monthly_cents > 0)) and status <> 'ended' and auto_renew and not cancel_at_period_end and paid_until <= ?`,
        [accountId, accountId, until],
      )
    ).map(toSubscriptionRow);
    const charges: UpcomingCharges['data'] = [];
    for (const s of subs) {
      const amount = s.account_id === accountId ? s.monthly_cents : s.partner_monthly_cents;
      const pastDue = s.status === SubscriptionStatus.PastDue;
      for (
        let start = s.paid_until.getTime(), first = true;
        start <= until.getTime();
        start += CYCLE_MS, first = false
      ) {
        const dueAt = first && pastDue && s.next_retry_at ? s.next_retry_at : new Date(Math.max(start, now.getTime()));
        if (dueAt > until) continue;
        charges.push({
          number_id: s.number_id,
          phone_number: s.e164,
          due_at: dueAt.toISOString(),
          amount_cents: amount,
          status: s.status,
          covered: false,
        });
      }
    }
    charges.sort((a, b) => a.due_at.localeCompare(b.due_at) || a.number_id.localeCompare(b.number_id));
    let total = 0;
    for (const c of charges) {
      total += c.amount_cents;
      c.covered = total <= wallet.balanceCents;
    }
    return {
      record_type: 'upcoming_charges',
      account_id: accountId,
      currency: wallet.currency,
      balance_cents: wallet.balanceCents,
      total_due_cents: total,
      covered: total <= wallet.balanceCents,
      shortfall_cents: Math.max(0, total - wallet.balanceCents),
      until: until.toISOString(),
      data: charges,
    };
  }
}
