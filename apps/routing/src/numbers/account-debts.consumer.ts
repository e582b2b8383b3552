import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { EventEnvelope, Events, WalletDebtChangedV1 } from '@did/contracts';
import { JetStreamEvents } from '@did/messaging';
import { ACCOUNT_DEBTS, sql } from '../db/sql';
import { CacheBus } from '../resolve/cache-bus';

/** WARNING: JetStream keeps this consumer's position under this name; renaming it replays debt changes (harmless: latest wins). */
export const ACCOUNT_DEBTS_DURABLE = 'routing-account-debts';

/**
 * Keeps which accounts owe unpaid usage (ordering's wallet.debt_changed), so resolve refuses their new
 * non-emergency calls until a top-up settles the debt. The wallet's highest debt sequence wins; resolve answers for the
 * account's numbers (and its tenants', for a partner) are dropped once it commits.
 */
@Injectable()
export class AccountDebtsConsumer implements OnModuleInit {
  constructor(
    private readonly events: JetStreamEvents,
    private readonly cacheBus: CacheBus,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.consume({
      durable: ACCOUNT_DEBTS_DURABLE,
      eventTypes: [Events.WalletDebtChanged.type],
      handler: (event, em) => this.apply(event, em),
    });
  }

  async apply(event: EventEnvelope, em: EntityManager): Promise<void> {
    const debt = WalletDebtChangedV1.parse(event.data);
    await sql(
      em,
      `insert into ${ACCOUNT_DEBTS} (account_id, owed_cents, currency, sequence, changed_at) values (?, ?, ?, ?, ?)
       on conflict (account_id) do update set owed_cents = excluded.owed_cents, currency = excluded.currency, sequence = excluded.sequence, changed_at = excluded.changed_at
       where ${ACCOUNT_DEBTS}.sequence < excluded.sequence`,
      [debt.account_id, debt.owed_cents, debt.currency, debt.sequence, new Date(debt.changed_at)],
    );
    const announce = () => this.cacheBus.announce({ account_ids: [debt.account_id] });
    const trx = em.getTransactionContext<Knex.Transaction>();
    if (trx?.executionPromise) trx.executionPromise.then(announce, () => undefined);
    else announce();
  }
}
