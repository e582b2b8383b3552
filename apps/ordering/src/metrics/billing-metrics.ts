import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '@did/persistence';
import { processCounter, scrapedGauge, sharedRead } from '@did/service-kit';
import { PAYMENTS, WALLETS } from '../db/sql';

/** Renewal job passes and their outcomes, counted where the job runs (RenewalsService.runOnce). */
export const renewalRuns = processCounter('did_renewal_runs_total', 'Passes of the renewal job.', []);
export const renewalOutcomes = processCounter(
  'did_renewal_outcomes_total',
  'Subscriptions the renewal job handled, by outcome (renewed, failed: not paid this time, ended).',
  ['outcome'],
);

/** Money state operators alert on, read from ordering's tables at each scrape. */
@Injectable()
export class BillingMetrics implements OnModuleInit {
  constructor(private readonly em: EntityManager) {}

  onModuleInit(): void {
    scrapedGauge(
      'did_card_payments_pending',
      "Card payments waiting for the processor's answer (the reconciler settles old ones).",
      async () => {
        const [row] = await sql<{ n: number }>(
          this.em.fork(),
          `select count(*)::int as n from ${PAYMENTS} where status = 'pending'`,
        );
        return row.n;
      },
    );
    // One read of the wallets per scrape for both gauges.
    const owing = sharedRead(async () => {
      const [row] = await sql<{ owed: string; n: number }>(
        this.em.fork(),
        `select coalesce(sum(owed_cents), 0)::text as owed, count(*) filter (where owed_cents > 0)::int as n from ${WALLETS}`,
      );
      return { owed: Number(row.owed), wallets: row.n };
    });
    scrapedGauge(
      'did_usage_owed_cents',
      'Usage owed by wallets that could not pay it (minor units, all currencies summed): routing refuses their calls.',
      async () => (await owing()).owed,
    );
    scrapedGauge('did_wallets_owing', 'Wallets that owe usage.', async () => (await owing()).wallets);
  }
}
