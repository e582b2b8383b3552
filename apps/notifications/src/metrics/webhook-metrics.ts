import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '@did/persistence';
import { scrapedGauge, sharedRead } from '@did/service-kit';
import { WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS } from '../db/sql';

/** The webhook state operators alert on, read from the tables at each scrape of the ops port's /metrics. */
@Injectable()
export class WebhookMetrics implements OnModuleInit {
  constructor(private readonly em: EntityManager) {}

  onModuleInit(): void {
    // Both gauges come from one query: a scrape runs it once.
    const due = sharedRead(() => this.due());
    scrapedGauge(
      'did_webhook_deliveries_due',
      'Webhook deliveries due now (pending, next attempt in the past).',
      async () => (await due()).n,
    );
    scrapedGauge(
      'did_webhook_oldest_due_age_seconds',
      'How long the oldest due webhook delivery has waited (0 when none): grows when workers are stuck or short.',
      async () => (await due()).age,
    );
    scrapedGauge(
      'did_webhook_endpoints_disabled',
      'Webhook endpoints disabled (410 or failing for the configured period); alert when it grows.',
      async () => {
        const [row] = await sql<{ n: number }>(
          this.em.fork(),
          `select count(*)::int as n from ${WEBHOOK_ENDPOINTS} where not enabled`,
        );
        return row.n;
      },
    );
  }

  private async due(): Promise<{ n: number; age: number }> {
    const [row] = await sql<{ n: number; age: number | null }>(
      this.em.fork(),
      `select count(*)::int as n, extract(epoch from now() - min(next_attempt_at))::float8 as age from ${WEBHOOK_DELIVERIES} where status = 'pending' and next_attempt_at <= now()`,
    );
    return { n: row.n, age: Math.max(0, row.age ?? 0) };
  }
}
