import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import {
  CommentPortOrderRequest,
  CreatePortOrderRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  Events,
  FieldViolation,
  ListPortOrdersRequest,
  PORT_ORDER_EDITABLE,
  PortabilityResult,
  PortNumberStatus,
  PortOrder as PortOrderView,
  PortOrderList,
  PortOrderRefRequest,
  PortOrderStatus,
  PortTimeline,
  ServiceName,
  UpdatePortOrderRequest,
  WalletCaller,
} from '@did/contracts';
import { appendToOutbox } from '@did/messaging';
import { keysetPage } from '@did/persistence';
import { CLOCK, Clock, randomId, sortableId } from '@did/service-kit';
import { CarrierPortingClient } from '../carrier/carrier-porting.client';
import { DocumentsService } from '../documents/documents.service';
import { PortOrderNumber } from './entities/port-order-number.entity';
import { PortOrder } from './entities/port-order.entity';
import { PortTimelineEntry } from './entities/port-timeline-entry.entity';
import { focDateViolation } from './foc-date';
import { expandNumbers, fieldOfNumber } from './port-numbers';
import { presentEntry, presentOrder } from './port-order.presenter';
import { note, scopeOf } from './port-timeline';

const invalid = (message: string, errors: FieldViolation[]) =>
  new DomainError(ErrorType.InvalidRequest, ErrorCode.ValidationFailed, message, errors);

/** Port orders as the customer shapes them: create (split per losing carrier), read, list, PATCH, comment, timeline. */
@Injectable()
export class PortOrdersService {
  constructor(
    private readonly em: EntityManager,
    private readonly carrier: CarrierPortingClient,
    private readonly documents: DocumentsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create({ caller, body }: CreatePortOrderRequest): Promise<PortOrderView> {
    const now = this.clock.now();
    const { numbers, violations } = expandNumbers(body.phone_numbers ?? [], body.ranges ?? []);
    if (violations.length) throw invalid('The numbers of the order are not valid.', violations);
    await this.checkFoc(body.requested_foc_date, now);
    await this.documents.assertOwned(caller.account_id, body.documents ?? []);
    const answers = await this.portability(numbers, body.country_code, body.phone_numbers?.length ?? 0);
    // One order per losing carrier, in the order the numbers were given; the first is the parent.
    const groups = new Map<string, PortabilityResult[]>();
    for (const a of answers)
      groups.set(a.losing_carrier?.name ?? 'unknown', [...(groups.get(a.losing_carrier?.name ?? 'unknown') ?? []), a]);
    const ids = [...groups.keys()].map(() => randomId('po'));
    await this.em.fork().transactional(async (em) => {
      for (const [i, [carrier, group]] of [...groups.entries()].entries()) {
        const order = em.create(PortOrder, {
          id: ids[i],
          accountId: caller.account_id,
          partnerId: caller.partner_id,
          currency: caller.currency,
          parentOrderId: i === 0 ? null : ids[0],
          status: PortOrderStatus.Draft,
          countryCode: body.country_code,
          losingCarrier: carrier === 'unknown' ? null : carrier,
          use: body.use,
          endUser: body.end_user,
          requestedFocDate: body.requested_foc_date,
          documents: body.documents ?? [],
          comment: body.user_feedback?.comment ?? null,
          customerReference: body.customer_reference ?? null,
          submissions: 0,
          feeChargedCents: 0,
          feeRefundedCents: 0,
          carrierSubmission: 0,
          carrierSeqApplied: 0,
          createdAt: now,
          updatedAt: now,
        });
        group.forEach((a, position) => em.persist(this.newNumber(em, order.id, a, position, now)));
        const split =
          groups.size > 1
            ? ` Split ${i === 0 ? `into ${groups.size} orders` : `from ${ids[0]}`}: one order per losing carrier.`
            : '';
        note(em, order, 'created', 'customer', `Created with ${group.length} number(s) at ${carrier}.${split}`, now, {
          numbers: group.length,
          related_order_ids: ids.filter((id) => id !== order.id),
        });
        await appendToOutbox(
          em,
          ServiceName.Porting,
          Events.PortingOrderStatusChanged,
          {
            order_id: order.id,
            account_id: order.accountId,
            parent_order_id: order.parentOrderId,
            from_status: null,
            to_status: PortOrderStatus.Draft,
            reason: 'created',
            foc_date: null,
            changed_at: now.toISOString(),
          },
          scopeOf(order),
          now,
        );
      }
    });
    return this.get({ caller, order_id: ids[0] });
  }

  async get({ caller, order_id }: PortOrderRefRequest): Promise<PortOrderView> {
    const em = this.em.fork();
    return this.view(em, await findOrder(em, caller, order_id));
  }

  async list({ caller, query }: ListPortOrdersRequest): Promise<PortOrderList> {
    const em = this.em.fork();
    const page = await keysetPage(
      em,
      PortOrder,
      { accountId: caller.account_id, ...(query.status ? { status: query.status } : {}) },
      query,
    );
    const data = await this.views(em, page.data);
    return { data, meta: { total: page.total, next_cursor: page.nextCursor } };
  }

  async update({ caller, order_id, body }: UpdatePortOrderRequest): Promise<PortOrderView> {
    const now = this.clock.now();
    if (body.requested_foc_date) await this.checkFoc(body.requested_foc_date, now);
    if (body.documents) await this.documents.assertOwned(caller.account_id, body.documents);
    await this.em.fork().transactional(async (em) => {
      const order = await findOrder(em, caller, order_id, true);
      if (!PORT_ORDER_EDITABLE.includes(order.status)) {
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.InvalidStateTransition,
          `Porting order ${order.id} is ${order.status}: it can be changed only as a draft or in exception.`,
        );
      }
      if (body.phone_numbers) await this.replaceNumbers(em, order, body.phone_numbers, now);
      if (body.use) order.use = body.use;
      if (body.end_user) order.endUser = body.end_user;
      if (body.requested_foc_date) order.requestedFocDate = body.requested_foc_date;
      if (body.documents) order.documents = body.documents;
      if (body.user_feedback) order.comment = body.user_feedback.comment ?? null;
      if (body.customer_reference !== undefined) order.customerReference = body.customer_reference;
      order.updatedAt = now;
      note(em, order, 'updated', 'customer', `Changed ${Object.keys(body).join(', ')}.`, now, {
        fields: Object.keys(body),
      });
    });
    return this.get({ caller, order_id });
  }

  async comment({ caller, order_id, body }: CommentPortOrderRequest): Promise<PortTimeline> {
    const now = this.clock.now();
    await this.em.fork().transactional(async (em) => {
      const order = await findOrder(em, caller, order_id);
      const entry = note(em, order, 'comment', 'customer', body.body, now);
      await appendToOutbox(
        em,
        ServiceName.Porting,
        Events.PortingOrderNewComment,
        {
          order_id: order.id,
          account_id: order.accountId,
          parent_order_id: order.parentOrderId,
          comment_id: entry.id,
          author: 'customer',
          body: body.body,
          created_at: now.toISOString(),
        },
        scopeOf(order),
        now,
      );
    });
    return this.timeline({ caller, order_id });
  }

  async timeline({ caller, order_id }: PortOrderRefRequest): Promise<PortTimeline> {
    const em = this.em.fork();
    const order = await findOrder(em, caller, order_id);
    const entries = await em.find(PortTimelineEntry, { orderId: order.id }, { orderBy: { id: 'asc' } });
    return { order_id: order.id, data: entries.map(presentEntry) };
  }

  async view(em: EntityManager, order: PortOrder): Promise<PortOrderView> {
    return (await this.views(em, [order]))[0];
  }

  /** The orders as the API shows them, with their numbers and their split-off family: two queries for the whole page. */
  private async views(em: EntityManager, orders: PortOrder[]): Promise<PortOrderView[]> {
    if (!orders.length) return [];
    const rootOf = (o: Pick<PortOrder, 'id' | 'parentOrderId'>) => o.parentOrderId ?? o.id;
    const roots = [...new Set(orders.map(rootOf))];
    const [numbers, family] = await Promise.all([
      em.find(PortOrderNumber, { orderId: { $in: orders.map((o) => o.id) } }),
      em.find(
        PortOrder,
        { $or: [{ id: { $in: roots } }, { parentOrderId: { $in: roots } }] },
        { fields: ['id', 'parentOrderId'], orderBy: { createdAt: 'asc', id: 'asc' } },
      ),
    ]);
    return orders.map((order) =>
      presentOrder(
        order,
        numbers.filter((n) => n.orderId === order.id),
        family.filter((f) => rootOf(f) === rootOf(order) && f.id !== order.id).map((f) => f.id),
      ),
    );
  }

  /** Draft: any numbers of this order's losing carrier. Exception (fees paid): only a subset, the rest are dropped and refunded at resubmission. */
  private async replaceNumbers(em: EntityManager, order: PortOrder, phoneNumbers: string[], now: Date): Promise<void> {
    const current = await em.find(PortOrderNumber, { orderId: order.id });
    const wanted = [...new Set(phoneNumbers)];
    const byE164 = new Map(current.map((n) => [n.e164, n]));
    if (order.status === PortOrderStatus.Exception) {
      const unknown = wanted
        .map((e, i) => ({ e, i }))
        .filter(({ e }) => byE164.get(e)?.status !== PortNumberStatus.Exception);
      if (unknown.length)
        throw invalid(
          'In exception, numbers can only be removed.',
          unknown.map(({ e, i }) => ({
            field: `phone_numbers[${i}]`,
            rule: 'on_order',
            message: `${e} is not an open number of this order`,
          })),
        );
      for (const n of current) {
        if (n.status === PortNumberStatus.Exception && !wanted.includes(n.e164)) {
          n.status = PortNumberStatus.Cancelled;
          n.statusDetail = `Removed by the customer on ${now.toISOString().slice(0, 10)}; its fee is refunded.`;
        }
      }
      return;
    }
    const answers = await this.portability(wanted, order.countryCode, wanted.length);
    const other = answers
      .map((a, i) => ({ a, i }))
      .filter(({ a }) => (a.losing_carrier?.name ?? null) !== order.losingCarrier);
    if (other.length) {
      throw invalid(
        'Every number of an order must be at the same losing carrier.',
        other.map(({ a, i }) => ({
          field: `phone_numbers[${i}]`,
          rule: 'losing_carrier',
          message: `${a.phone_number} is at ${a.losing_carrier?.name ?? 'an unknown carrier'}, not ${order.losingCarrier}`,
        })),
      );
    }
    for (const n of current) if (!wanted.includes(n.e164)) em.remove(n);
    answers.forEach((a, position) => {
      const existing = byE164.get(a.phone_number);
      if (existing) existing.position = position;
      else em.persist(this.newNumber(em, order.id, a, position, now));
    });
  }

  private newNumber(
    em: EntityManager,
    orderId: string,
    a: PortabilityResult,
    position: number,
    now: Date,
  ): PortOrderNumber {
    return em.create(PortOrderNumber, {
      orderId,
      e164: a.phone_number,
      numberId: sortableId('pn', now),
      position,
      numberType: a.number_type,
      status: PortNumberStatus.Draft,
      portable: a.portable,
      fastPortable: a.fast_portable,
      notPortableReason: a.not_portable_reason,
      statusDetail: a.portable
        ? null
        : `The carrier reports this number as not portable (${a.not_portable_reason}); it will be dropped in review and its fee refunded.`,
      feeCents: null,
      feeRefunded: false,
    });
  }

  /** The carrier's answer for every number; invalid numbers and numbers of another country are field errors. */
  private async portability(numbers: string[], country: string, listed: number): Promise<PortabilityResult[]> {
    const answers: PortabilityResult[] = [];
    for (let i = 0; i < numbers.length; i += 100)
      answers.push(...(await this.carrier.portability(numbers.slice(i, i + 100))).data);
    const violations: FieldViolation[] = [];
    answers.forEach((a, i) => {
      if (a.not_portable_reason === 'invalid_number')
        violations.push({
          field: fieldOfNumber(i, listed),
          rule: 'valid_number',
          message: `${a.phone_number} is not a valid, assigned number`,
        });
      else if (a.country_code !== country)
        violations.push({
          field: fieldOfNumber(i, listed),
          rule: `country:${country}`,
          message: `${a.phone_number} is in ${a.country_code ?? 'no supported country'}, not ${country}`,
        });
    });
    if (violations.length) throw invalid('Some numbers cannot be on this order.', violations);
    return answers;
  }

  private async checkFoc(date: string, now: Date): Promise<void> {
    const rules = await this.carrier.rules();
    const violation = focDateViolation(date, now, rules.min_foc_lead_business_days);
    if (violation) throw invalid(violation.message, [violation]);
  }
}

/** The caller's order (404 for anyone else's, with nothing said about it), locked when `lock`. */
export async function findOrder(
  em: EntityManager,
  caller: Pick<WalletCaller, 'account_id'>,
  id: string,
  lock = false,
): Promise<PortOrder> {
  const order = await em.findOne(
    PortOrder,
    { id, accountId: caller.account_id },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
  );
  if (!order) throw new DomainError(ErrorType.NotFound, ErrorCode.PortingOrderNotFound, `No porting order ${id}.`);
  return order;
}
