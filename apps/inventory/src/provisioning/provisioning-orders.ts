import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClaimedNumber } from '@did/contracts';
import { asDate } from '@did/persistence';
import { CARRIER_ORDERS, sql } from '../db/sql';
import { ProvisioningOrder, ProvisioningStatus } from './entities/provisioning-order.entity';

/**
 * Order intake's and the provisioner's reads and writes of carrier_orders rows, in plain SQL: every
 * order is taken in once and stepped two or three times (submit, polls), and an ORM find plus a
 * unit-of-work update cost several times their statements in CPU (`npm run bench:orm`). The objects
 * have the entity's shape but are not managed: savePlaced and saveProgress write them back.
 */
export async function lockNextDue(em: EntityManager, now: Date): Promise<ProvisioningOrder | null> {
  const [row] = await sql<Row>(
    em,
    `select * from ${CARRIER_ORDERS} where status in ('${ProvisioningStatus.Queued}', '${ProvisioningStatus.Submitted}') and next_attempt_at <= ?
     order by next_attempt_at limit 1 for update skip locked`,
    [now],
  );
  return row ? fromRow(row) : null;
}

/** The row of ordering's order `orderId`, locked for the rest of the transaction, or null. */
export async function lockOrder(em: EntityManager, orderId: string): Promise<ProvisioningOrder | null> {
  const [row] = await sql<Row>(em, `select * from ${CARRIER_ORDERS} where order_id = ? for update`, [orderId]);
  return row ? fromRow(row) : null;
}

/** Writes a row taken with lockOrder back, or inserts it when it is new: the order as paid and scheduled (order intake). */
export async function savePlaced(em: EntityManager, order: ProvisioningOrder): Promise<void> {
  await sql(
    em,
    `insert into ${CARRIER_ORDERS} (order_id, account_id, partner_id, status, numbers, carrier_order_id, submit_attempts, failures, next_attempt_at, deadline_at, compliance_deadline_at, last_error, created_at, placed_at, completed_at, updated_at, traceparent, request_id)
     values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (order_id) do update set status = excluded.status, traceparent = excluded.traceparent, request_id = excluded.request_id, next_attempt_at = excluded.next_attempt_at, deadline_at = excluded.deadline_at,
       compliance_deadline_at = excluded.compliance_deadline_at, placed_at = excluded.placed_at, completed_at = excluded.completed_at, updated_at = excluded.updated_at`,
    [
      order.orderId,
      order.accountId,
      order.partnerId,
      order.status,
      JSON.stringify(order.numbers),
      order.carrierOrderId,
      order.submitAttempts,
      order.failures,
      order.nextAttemptAt,
      order.deadlineAt,
      order.complianceDeadlineAt,
      order.lastError,
      order.createdAt,
      order.placedAt,
      order.completedAt,
      order.updatedAt,
      order.traceparent,
      order.requestId,
    ],
  );
}

/** Writes back the columns a provisioning step changes (status, carrier order, attempts, schedule, error, completion). */
export async function saveProgress(em: EntityManager, order: ProvisioningOrder): Promise<void> {
  await sql(
    em,
    `update ${CARRIER_ORDERS} set status = ?, carrier_order_id = ?, submit_attempts = ?, failures = ?, next_attempt_at = ?, deadline_at = ?, last_error = ?, completed_at = ?, updated_at = ?
     where order_id = ?`,
    [
      order.status,
      order.carrierOrderId,
      order.submitAttempts,
      order.failures,
      order.nextAttemptAt,
      order.deadlineAt,
      order.lastError,
      order.completedAt,
      order.updatedAt,
      order.orderId,
    ],
  );
}

interface Row {
  order_id: string;
  account_id: string;
  partner_id: string | null;
  status: ProvisioningStatus;
  numbers: ClaimedNumber[];
  carrier_order_id: string | null;
  submit_attempts: number;
  failures: number;
  next_attempt_at: string | null;
  deadline_at: string | null;
  compliance_deadline_at: string | null;
  last_error: string | null;
  created_at: string;
  placed_at: string | null;
  completed_at: string | null;
  updated_at: string;
  traceparent: string | null;
  request_id: string | null;
}

function fromRow(row: Row): ProvisioningOrder {
  return {
    orderId: row.order_id,
    accountId: row.account_id,
    partnerId: row.partner_id,
    status: row.status,
    numbers: row.numbers,
    carrierOrderId: row.carrier_order_id,
    submitAttempts: row.submit_attempts,
    failures: row.failures,
    nextAttemptAt: asDate(row.next_attempt_at),
    deadlineAt: asDate(row.deadline_at),
    complianceDeadlineAt: asDate(row.compliance_deadline_at),
    lastError: row.last_error,
    createdAt: new Date(row.created_at),
    placedAt: asDate(row.placed_at),
    completedAt: asDate(row.completed_at),
    updatedAt: new Date(row.updated_at),
    traceparent: row.traceparent,
    requestId: row.request_id,
  };
}
