import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, LedgerEntryKind } from '@did/contracts';
import { sql, SUBSCRIPTIONS, WALLETS, cents } from '../db/sql';
import { LedgerService, Posting } from '../wallets/ledger.service';
import { ResellerCharge, ResellerCharges, resalePostings } from '../wallets/reseller-charges';
import { periodEnd } from './billing-cycle';
import { insertPeriods, partnerCents, recordFailed, recordRenewed, renewalKey } from './renewal-outcomes';
import { RenewalPolicy } from './renewal-policy';
import { subscriptionColumns, SubscriptionRow, toSubscriptionRow } from './subscription-row';

/** What one batch did. */
export interface BatchResult {
  renewed: number;
  failed: number;
}

/** Still due at `now` (the job's condition; re-checked under the row lock). */
export const DUE = `s.status in ('active', 'past_due') and s.paid_until <= ? and s.auto_renew and not s.cancel_at_period_end and (s.next_retry_at is null or s.next_retry_at <= ?)`;

interface LockedWallet {
  id: string;
  account_id: string;
  balance_cents: string;
}

/**
 * Renews a batch of due subscriptions in one transaction: the subscriptions locked (SKIP LOCKED: a
 * concurrent run takes the others), the wallets locked, each renewal accepted in due order while
 * both its sides still fit, the periods inserted (the once-per-period key), the debits written with
 * one ledger postMany, the outcomes with multi-row updates. Whatever goes wrong there (a key already
 * used, a guard refusing), the batch is rolled back and renewed one subscription at a time.
 */
@Injectable()
export class RenewalBatch {
  private readonly logger = new Logger('Renewals');

  constructor(
    private readonly em: EntityManager,
    private readonly ledger: LedgerService,
    private readonly charges: ResellerCharges,
  ) {}

  async run(numberIds: readonly string[], now: Date, policy: RenewalPolicy): Promise<BatchResult> {
    try {
      return await this.em.fork().transactional((em) => this.inTransaction(em, numberIds, now, policy));
    } catch (err) {
      this.logger.warn(
        `a batch of ${numberIds.length} renewals failed (${(err as Error).message}); renewing them one at a time`,
      );
      const result = { renewed: 0, failed: 0 };
      for (const id of numberIds) {
        try {
          const one = await this.em.fork().transactional((em) => this.inTransaction(em, [id], now, policy, true));
          result.renewed += one.renewed;
          result.failed += one.failed;
        } catch (oneErr) {
          // Left due: the next run tries it again.
          this.logger.error(`renewal of ${id} failed: ${(oneErr as Error).stack ?? oneErr}`);
        }
      }
      return result;
    }
  }

  private async inTransaction(
    em: EntityManager,
    numberIds: readonly string[],
    now: Date,
    policy: RenewalPolicy,
    oneByOne = false,
  ): Promise<BatchResult> {
    const subs = (
      await sql<SubscriptionRow>(
        em,
        `select ${subscriptionColumns('s')} from ${SUBSCRIPTIONS} s where s.number_id = any(?) and ${DUE} order by s.paid_until, s.number_id for update of s skip locked`,
        [numberIds, now, now],
      )
    ).map(toSubscriptionRow);
    if (!subs.length) return { renewed: 0, failed: 0 };
    const accounts = [...new Set(subs.flatMap((s) => (s.partner_id ? [s.account_id, s.partner_id] : [s.account_id])))];
    // Locked in id order (as LedgerService does): the balances below are the ones the debits will meet.
    const wallets = await sql<LockedWallet>(
      em,
      `select id, account_id, balance_cents from ${WALLETS} where account_id = any(?) order by id for update`,
      [accounts],
    );
    const byAccount = new Map(wallets.map((w) => [w.account_id, { id: w.id, left: cents(w.balance_cents) }]));

    // Due order: an earlier renewal is paid before a later one; a renewal whose either side no longer fits fails.
    // The partner is credited its tenant's payment before it pays the platform price, so only the net must fit.
    const paid: SubscriptionRow[] = [];
    const unpaid: SubscriptionRow[] = [];
    for (const s of subs) {
      const buyer = byAccount.get(s.account_id);
      const partner = s.partner_id ? byAccount.get(s.partner_id) : undefined;
      const partnerNet = s.monthly_cents - partnerCents(s);
      const fits =
        buyer !== undefined &&
        buyer.left >= s.monthly_cents &&
        (!s.partner_id || (partner !== undefined && partner.left + partnerNet >= 0));
      if (!fits) {
        unpaid.push(s);
        continue;
      }
      buyer.left -= s.monthly_cents;
      if (partner) partner.left += partnerNet;
      paid.push(s);
    }

    const fresh = await insertPeriods(
      em,
      paid.map((sub) => ({ sub })),
      now,
    );
    if (fresh.size !== paid.length) {
      // A period already recorded was paid before: never charge it again. Only possible if rows were edited by hand.
      if (!oneByOne) throw new Error(`${paid.length - fresh.size} period(s) already billed`);
      for (const s of paid.filter((p) => !fresh.has(p.number_id))) {
        this.logger.error(
          `period ${s.paid_until.toISOString()} of ${s.number_id} was billed before; moving paid_until to its end`,
        );
        await sql(
          em,
          `update ${SUBSCRIPTIONS} set paid_until = ?, status = 'active', next_retry_at = null where number_id = ?`,
          [periodEnd(s.paid_until), s.number_id],
        );
      }
    }
    const charged = paid.filter((p) => fresh.has(p.number_id));
    if (oneByOne) {
      for (const s of charged) await this.charges.debit(em, chargeOf(s));
    } else {
      await this.ledger.postMany(
        em,
        charged.flatMap((s) => postingsOf(s, byAccount.get(s.account_id)!.id, byAccount.get(s.partner_id ?? '')?.id)),
      );
    }
    await recordRenewed(em, charged, now);
    await recordFailed(em, unpaid, now, policy);
    return { renewed: charged.length, failed: unpaid.length };
  }
}

function describe(s: SubscriptionRow): string {
  return `Renewal of ${s.e164}, ${s.paid_until.toISOString().slice(0, 10)} to ${periodEnd(s.paid_until).toISOString().slice(0, 10)}`;
}

/** The same entries ResellerCharges.debit writes (one source: resalePostings), so the batch and the one-at-a-time path cannot drift apart. */
function postingsOf(s: SubscriptionRow, buyerWallet: string, partnerWallet: string | undefined): Posting[] {
  return resalePostings(chargeOf(s), { buyer: buyerWallet, partner: partnerWallet ?? null }, -1);
}

/** A renewal as one resale charge (the one-at-a-time path and manual renewals). */
export function chargeOf(s: SubscriptionRow): ResellerCharge {
  return {
    kind: LedgerEntryKind.Renewal,
    buyerAccountId: s.account_id,
    partnerId: s.partner_id,
    currency: s.currency,
    buyerCents: s.monthly_cents,
    partnerCents: partnerCents(s),
    key: renewalKey(s),
    description: describe(s),
    reference: s.number_id,
  };
}

/** True for the error a debit that does not fit throws. */
export function isBalanceInsufficient(err: unknown): boolean {
  return err instanceof DomainError && err.code === ErrorCode.BalanceInsufficient;
}
