import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, type Knex } from '@mikro-orm/postgresql';
import {
  type CarrierPortOrder,
  CarrierPortStatus,
  type CarrierPortRules,
  type CreateCarrierPortOrderBody,
  DomainError,
  ErrorCode,
  ErrorType,
  isBusinessDay,
  type SupplementCarrierPortOrderBody,
} from '@did/contracts';
import { CLOCK, type Clock, randomId } from '@did/service-kit';
import { type CarrierSandboxConfig, SANDBOX_CONFIG } from '../../config';
import { describeNumber } from '../../numbering/number-facts';
import { portabilityOf } from '../portability-rules';
import * as progress from './port-progress';

const TABLE = '"carrier_sandbox"."port_orders"';

/**
 * Port-in orders as the carrier sees them: accepted at once, then reviewed, worked, approved with a
 * FOC date and completed on that date by the carrier's own clock (steps are applied lazily, whenever
 * an order is read). Admin routes let tests approve, raise exceptions, move the FOC date, complete.
 */
@Injectable()
export class PortOrdersService {
  constructor(
    private readonly em: EntityManager,
    @Inject(SANDBOX_CONFIG) private readonly config: CarrierSandboxConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  rules(): CarrierPortRules {
    return { min_foc_lead_business_days: progress.MIN_FOC_LEAD_BUSINESS_DAYS };
  }

  async create(body: CreateCarrierPortOrderBody): Promise<CarrierPortOrder> {
    const existing = await this.byReference(body.reference);
    if (existing) return this.read(existing.id);
    const now = this.clock.now();
    this.checkFoc(body.requested_foc_date, now);
    const first = portabilityOf(describeNumber(body.phone_numbers[0]), this.config.FEED_SEED);
    const order: progress.StoredPortOrder = {
      id: randomId('cpo'),
      reference: body.reference,
      status: CarrierPortStatus.Submitted,
      losing_carrier: first.losing_carrier?.name ?? null,
      requested_foc_date: body.requested_foc_date,
      foc_date: null,
      exception: null,
      numbers: [...new Set(body.phone_numbers)].map((e164) => ({
        phone_number: e164,
        status: 'pending' as const,
        reason: null,
      })),
      history: [],
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      step_due_at: null,
      end_user: body.end_user,
    };
    progress.resubmit(order, now, 'Received; in review.');
    const inserted = await this.knex().raw(
      `insert into ${TABLE} (id, reference, status, doc, updated_at) values (?, ?, ?, ?::jsonb, ?) on conflict (reference) do nothing returning id`,
      [order.id, order.reference, order.status, JSON.stringify(order), now],
    );
    if (!inserted.rows.length) {
      // A concurrent POST with the same reference won the insert: answer with its order.
      const winner = await this.byReference(body.reference);
      if (winner) return this.read(winner.id);
    }
    return present(order);
  }

  /** The order after every step that came due. */
  read(id: string): Promise<CarrierPortOrder> {
    return this.mutate(id, () => undefined);
  }

  /** Orders changed after `since` (the carrier's notices feed), oldest change first. */
  async changedSince(since: Date, limit: number): Promise<CarrierPortOrder[]> {
    const open = await this.knex().raw(
      `select id from ${TABLE} where status in ('submitted', 'in_progress', 'approved') order by id`,
    );
    for (const row of open.rows as { id: string }[]) await this.read(row.id);
    const rows = await this.knex().raw(
      `select doc from ${TABLE} where updated_at > ? order by updated_at, id limit ?`,
      [since, limit],
    );
    return (rows.rows as { doc: progress.StoredPortOrder }[]).map((r) => present(r.doc));
  }

  supplement(id: string, body: SupplementCarrierPortOrderBody): Promise<CarrierPortOrder> {
    return this.mutate(id, (order, now) => {
      this.expect(order, [CarrierPortStatus.Exception], 'supplement');
      if (body.requested_foc_date) {
        this.checkFoc(body.requested_foc_date, now);
        order.requested_foc_date = body.requested_foc_date;
      }
      if (body.end_user) order.end_user = body.end_user;
      if (body.phone_numbers) {
        const keep = new Set(body.phone_numbers);
        for (const n of order.numbers) if (n.status === 'pending' && !keep.has(n.phone_number)) n.status = 'cancelled';
      }
      progress.resubmit(order, now, 'Supplemented; back in review.');
    });
  }

  cancel(id: string): Promise<CarrierPortOrder> {
    return this.mutate(id, (order, now) => {
      if (order.status === CarrierPortStatus.Cancelled) return;
      this.expect(
        order,
        [
          CarrierPortStatus.Submitted,
          CarrierPortStatus.InProgress,
          CarrierPortStatus.Approved,
          CarrierPortStatus.Exception,
        ],
        'cancel',
      );
      progress.cancel(order, now);
    });
  }

  adminApprove(id: string, focDate?: string): Promise<CarrierPortOrder> {
    return this.mutate(id, (order, now) => {
      this.expect(order, [CarrierPortStatus.Submitted, CarrierPortStatus.InProgress], 'approve');
      if (order.status === CarrierPortStatus.Submitted) progress.review(order, now, this.refusal());
      if (order.status === CarrierPortStatus.InProgress) progress.approve(order, now, focDate);
    });
  }

  adminException(id: string, code: string, message?: string): Promise<CarrierPortOrder> {
    return this.mutate(id, (order, now) => {
      this.expect(order, [CarrierPortStatus.Submitted, CarrierPortStatus.InProgress], 'raise an exception on');
      progress.raiseException(order, now, code, message ?? `Port held by the losing carrier: ${code}.`);
    });
  }

  adminFoc(id: string, focDate: string): Promise<CarrierPortOrder> {
    return this.mutate(id, (order, now) => {
      this.expect(order, [CarrierPortStatus.Approved], 'move the FOC date of');
      progress.approve(order, now, focDate);
    });
  }

  adminComplete(id: string): Promise<CarrierPortOrder> {
    return this.mutate(id, (order, now) => {
      this.expect(order, [CarrierPortStatus.Approved], 'complete');
      progress.complete(order, now);
    });
  }

  /** Loads the order under a row lock, applies due steps and `change`, and stores it. */
  private async mutate(
    id: string,
    change: (order: progress.StoredPortOrder, now: Date) => void,
  ): Promise<CarrierPortOrder> {
    return this.knex().transaction(async (trx) => {
      const found = await trx.raw(`select doc from ${TABLE} where id = ? for update`, [id]);
      const order = (found.rows[0] as { doc: progress.StoredPortOrder } | undefined)?.doc;
      if (!order)
        throw new DomainError(ErrorType.NotFound, 'carrier_port_order_not_found', `No carrier port order ${id}.`);
      const now = this.clock.now();
      const before = order.history.length;
      progress.advance(order, now, this.refusal());
      change(order, now);
      if (order.history.length !== before) {
        await trx.raw(`update ${TABLE} set status = ?, doc = ?::jsonb, updated_at = ? where id = ?`, [
          order.status,
          JSON.stringify(order),
          order.updated_at,
          id,
        ]);
      }
      return present(order);
    });
  }

  private refusal(): progress.RefusalOf {
    return (e164) => portabilityOf(describeNumber(e164), this.config.FEED_SEED).not_portable_reason;
  }

  private expect(order: progress.StoredPortOrder, statuses: string[], what: string): void {
    if (!statuses.includes(order.status)) {
      throw new DomainError(
        ErrorType.Conflict,
        ErrorCode.InvalidStateTransition,
        `Cannot ${what} port order ${order.id}: it is ${order.status}.`,
      );
    }
  }

  private checkFoc(date: string, now: Date): void {
    const earliest = progress.earliestFoc(now);
    if (!isBusinessDay(date) || date < earliest) {
      throw new DomainError(
        ErrorType.Unprocessable,
        'foc_date_invalid',
        `requested_foc_date must be a business day on or after ${earliest}.`,
        [
          {
            field: 'requested_foc_date',
            rule: `business_day_from:${earliest}`,
            message: `a business day on or after ${earliest}`,
          },
        ],
      );
    }
  }

  private async byReference(reference: string): Promise<{ id: string } | undefined> {
    const rows = await this.knex().raw(`select id from ${TABLE} where reference = ?`, [reference]);
    return rows.rows[0] as { id: string } | undefined;
  }

  private knex(): Knex {
    return this.em.getKnex();
  }
}

function present(order: progress.StoredPortOrder): CarrierPortOrder {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { step_due_at, end_user, ...rest } = order;
  return rest;
}
