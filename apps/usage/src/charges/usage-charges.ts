import type { EntityManager } from '@mikro-orm/postgresql';
import { Events } from '@did/contracts';
import { appendManyToOutbox } from '@did/messaging';
import { sql, USAGE_CHARGES } from '../db/sql';
import { chargeKey } from '../rating/rate-batch';
import { AccountCharge } from './accruals';

const SERVICE = 'usage';

/**
 * Records each account's charge for the batch and, when it comes to at least one minor unit,
 * publishes usage.rated for ordering to apply (once, by charge id). A charge under a cent is kept
 * with amount 0: its records are paid by the remainder carried into a later charge.
 */
export async function recordCharges(
  em: EntityManager,
  charges: readonly AccountCharge[],
  chargeIdOf: (key: string) => string,
  now: Date,
): Promise<void> {
  const idOf = (c: AccountCharge) => chargeIdOf(chargeKey(c.usage.accountId, c.usage.onBehalfOf));
  if (!charges.length) return;
  await sql(
    em,
    `insert into ${USAGE_CHARGES} (charge_id, account_id, partner_id, on_behalf_of, currency, amount_cents, exact_ticks, record_count, first_record_at, last_record_at, created_at)
     select charge_id, account_id, partner_id, on_behalf_of, currency, amount_cents, exact_ticks, record_count, first_record_at, last_record_at, ?
     from jsonb_to_recordset(?::jsonb) as c(charge_id text, account_id text, partner_id text, on_behalf_of text, currency text, amount_cents bigint, exact_ticks numeric,
       record_count int, first_record_at timestamptz, last_record_at timestamptz)`,
    [
      now,
      JSON.stringify(
        charges.map((c) => ({
          charge_id: idOf(c),
          account_id: c.usage.accountId,
          partner_id: c.usage.partnerId,
          on_behalf_of: c.usage.onBehalfOf,
          currency: c.usage.currency,
          amount_cents: c.amountCents.toString(),
          exact_ticks: c.usage.ticks.toString(),
          record_count: c.usage.recordIds.length,
          first_record_at: c.usage.first.toISOString(),
          last_record_at: c.usage.last.toISOString(),
        })),
      ),
    ],
  );
  const billable = charges.filter((c) => c.amountCents > 0n);
  await appendManyToOutbox(
    em,
    SERVICE,
    billable.map((c) => ({
      definition: Events.UsageRated,
      data: {
        charge_id: idOf(c),
        account_id: c.usage.accountId,
        partner_id: c.usage.partnerId,
        tenant_account_id: c.usage.onBehalfOf,
        currency: c.usage.currency,
        amount_cents: Number(c.amountCents),
        record_count: c.usage.recordIds.length,
        first_record_at: c.usage.first.toISOString(),
        last_record_at: c.usage.last.toISOString(),
      },
      scope: { accountId: c.usage.accountId, partnerId: c.usage.partnerId },
    })),
    now,
  );
}
