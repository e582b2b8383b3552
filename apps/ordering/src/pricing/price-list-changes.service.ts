import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CancelChangeRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  PriceItems,
  PriceList,
  PriceListChange,
  ScheduleChangeRequest,
} from '@did/contracts';
import { CLOCK, Clock, PeriodicTask, sortableId } from '@did/service-kit';
import { ORDERING_CONFIG, OrderingConfig } from '../config';
import { PRICE_LIST_CHANGES, PRICE_LISTS, sql } from '../db/sql';
import { platformPriceOf, PlatformPriceRow, USAGE_RATE_COLUMNS } from './price-list-row';

interface ChangeRow {
  id: string;
  country_code: string;
  number_type: string;
  currency: string;
  effective_at: string;
  changes: PriceItems;
  status: PriceListChange['status'];
  applied_at: string | null;
  created_at: string;
}

/** Plain items and the columns they set. */
const ITEM_COLUMNS = [
  'setup_cents',
  'monthly_cents',
  'lookup_carrier_cents',
  'lookup_caller_name_cents',
  'porting_fee_cents',
  'minimum_commitment_months',
] as const;

/**
 * The operator's price list: changes of a row take effect at their effective time (at once when it
 * has passed), applied by a periodic pass under SKIP LOCKED so replicas never apply one twice.
 * Numbers already sold keep their prices and usage rates (their subscriptions hold them); searches,
 * quotes and orders from then on use the new row.
 */
@Injectable()
export class PriceListChangesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PriceListChanges');
  private readonly task: PeriodicTask<number>;

  constructor(
    private readonly em: EntityManager,
    @Inject(ORDERING_CONFIG) config: OrderingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.task = new PeriodicTask(
      config.PRICE_CHANGES_INTERVAL_MS,
      () => this.applyDue(),
      (err) => this.logger.error(err.stack ?? err.message),
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  async list(): Promise<PriceList> {
    const em = this.em.fork();
    const rows = await sql<PlatformPriceRow & { porting_fee_cents: number; updated_at: string }>(
      em,
      `select * from ${PRICE_LISTS} order by country_code, number_type, currency`,
    );
    const changes = await sql<ChangeRow>(
      em,
      `select * from ${PRICE_LIST_CHANGES} where status = 'scheduled' order by effective_at, id`,
    );
    return {
      record_type: 'price_list',
      data: rows.map((r) => {
        const price = platformPriceOf(r);
        return {
          country_code: r.country_code,
          number_type: r.number_type,
          currency: r.currency,
          setup_cents: price.setup_cents,
          monthly_cents: price.monthly_cents,
          lookup_carrier_cents: price.lookup_carrier_cents,
          lookup_caller_name_cents: price.lookup_caller_name_cents,
          porting_fee_cents: r.porting_fee_cents,
          minimum_commitment_months: price.minimum_commitment_months,
          usage_rates: price.usage_rates,
          updated_at: new Date(r.updated_at).toISOString(),
        };
      }),
      scheduled_changes: changes.map(present),
    };
  }

  /** Records a change of an existing row (404 price_not_found otherwise); one already due is applied before the reply. */
  async schedule({ body }: ScheduleChangeRequest): Promise<PriceListChange> {
    const now = this.clock.now();
    const effectiveAt = body.effective_at ? new Date(body.effective_at) : now;
    const em = this.em.fork();
    const [row] = await sql(
      em,
      `select 1 from ${PRICE_LISTS} where country_code = ? and number_type = ? and currency = ?`,
      [body.country_code, body.number_type, body.currency],
    );
    if (!row)
      throw new DomainError(
        ErrorType.NotFound,
        ErrorCode.PriceNotFound,
        `The price list has no ${body.country_code} ${body.number_type} row in ${body.currency}.`,
      );
    const id = sortableId('plc', now);
    await sql(
      em,
      `insert into ${PRICE_LIST_CHANGES} (id, country_code, number_type, currency, effective_at, changes, status, created_at) values (?, ?, ?, ?, ?, ?::jsonb, 'scheduled', ?)`,
      [id, body.country_code, body.number_type, body.currency, effectiveAt, JSON.stringify(body.changes), now],
    );
    if (effectiveAt <= now) await this.task.runFresh();
    return this.get(id);
  }

  /** Cancels a change not yet applied (409 price_change_not_scheduled once it was applied or cancelled). */
  async cancel({ change_id }: CancelChangeRequest): Promise<PriceListChange> {
    const [updated] = await sql<ChangeRow>(
      this.em.fork(),
      `update ${PRICE_LIST_CHANGES} set status = 'cancelled' where id = ? and status = 'scheduled' returning *`,
      [change_id],
    );
    if (updated) return present(updated);
    const existing = await this.get(change_id);
    throw new DomainError(
      ErrorType.Conflict,
      ErrorCode.PriceChangeNotScheduled,
      `Price change ${change_id} is ${existing.status}; only a scheduled change can be cancelled.`,
    );
  }

  /** Applies every change whose time has come, oldest first, each with its row in one transaction. */
  async applyDue(): Promise<number> {
    let applied = 0;
    for (;;) {
      const done = await this.em.fork().transactional(async (em) => {
        const [change] = await sql<ChangeRow>(
          em,
          `select * from ${PRICE_LIST_CHANGES} where status = 'scheduled' and effective_at <= ? order by effective_at, id limit 1 for update skip locked`,
          [this.clock.now()],
        );
        if (!change) return false;
        await applyChange(em, change, this.clock.now());
        return true;
      });
      if (!done) return applied;
      applied++;
    }
  }

  private async get(id: string): Promise<PriceListChange> {
    const [row] = await sql<ChangeRow>(this.em.fork(), `select * from ${PRICE_LIST_CHANGES} where id = ?`, [id]);
    if (!row) throw new DomainError(ErrorType.NotFound, ErrorCode.PriceChangeNotFound, `No price change ${id}.`);
    return present(row);
  }
}

/** One UPDATE of the row from the change's items (column names from fixed lists, never from input). */
async function applyChange(em: EntityManager, change: ChangeRow, now: Date): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const column of ITEM_COLUMNS) {
    const value = change.changes[column];
    if (value !== undefined) {
      sets.push(`${column} = ?`);
      params.push(value);
    }
  }
  const usage = change.changes.usage_rates ?? {};
  for (const column of USAGE_RATE_COLUMNS) {
    const value = usage[column];
    if (value !== undefined) {
      sets.push(`${column} = ?`);
      params.push(value);
    }
  }
  await sql(
    em,
    `update ${PRICE_LISTS} set ${sets.join(', ')}, updated_at = ? where country_code = ? and number_type = ? and currency = ?`,
    [...params, now, change.country_code, change.number_type, change.currency],
  );
  // The deprecated whole-cent display columns follow the exact rates (a second statement: it must see the new ones).
  await sql(
    em,
    `update ${PRICE_LISTS} set per_minute_cents = ceil(inbound_per_minute_micros / 1000000.0), connection_cents = ceil(connect_fee_micros / 1000000.0) where country_code = ? and number_type = ? and currency = ?`,
    [change.country_code, change.number_type, change.currency],
  );
  await sql(em, `update ${PRICE_LIST_CHANGES} set status = 'applied', applied_at = ? where id = ?`, [now, change.id]);
}

function present(row: ChangeRow): PriceListChange {
  return {
    id: row.id,
    record_type: 'price_list_change',
    country_code: row.country_code,
    number_type: row.number_type,
    currency: row.currency,
    effective_at: new Date(row.effective_at).toISOString(),
    changes: row.changes,
    status: row.status,
    applied_at: row.applied_at ? new Date(row.applied_at).toISOString() : null,
    created_at: new Date(row.created_at).toISOString(),
  };
}
