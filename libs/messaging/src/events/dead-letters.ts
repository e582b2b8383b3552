import type { MikroORM } from '@mikro-orm/postgresql';
import {
  DeadLetter,
  DeadLetterList,
  DomainError,
  ErrorCode,
  ErrorType,
  EventEnvelope,
  ListDeadLettersRequest,
  RedriveDeadLetterRequest,
  RedriveResult,
} from '@did/contracts';
import { sql } from '@did/persistence';
import type { DurableConsumerSpec, EventConsumerRunner } from './event-consumer';

interface DeadLetterRow {
  id: string;
  consumer: string;
  event_id: string;
  event_type: string;
  subject: string;
  payload: string;
  error: string;
  attempts: number;
  failed_at: string;
}

/**
 * What operators do with the events a consumer gave up on: list them, and re-drive one through its
 * consumer's handler once the cause is fixed. A re-drive applies the event with its inbox row and
 * deletes the dead letter in one transaction, so it is applied once however often it is asked for;
 * a dead letter is otherwise kept for ever.
 */
export class DeadLetters {
  constructor(
    private readonly service: string,
    private readonly orm: MikroORM,
    private readonly runner: () => EventConsumerRunner,
    private readonly consumers: () => ReadonlyMap<string, DurableConsumerSpec>,
  ) {}

  async list(request: ListDeadLettersRequest): Promise<DeadLetterList> {
    const em = this.orm.em.fork();
    const rows = await sql<DeadLetterRow>(
      em,
      `select id::text, consumer, event_id, event_type, subject, payload, error, attempts, failed_at from ${this.table()} order by id desc limit ?`,
      [request.limit],
    );
    const [{ total }] = await sql<{ total: number }>(em, `select count(*)::int as total from ${this.table()}`);
    return { data: rows.map((r) => this.present(r)), meta: { total } };
  }

  async redrive(request: RedriveDeadLetterRequest): Promise<RedriveResult> {
    const [row] = await sql<DeadLetterRow>(
      this.orm.em.fork(),
      `select id::text, consumer, event_id, event_type, payload from ${this.table()} where id = ?`,
      [request.id],
    );
    if (!row)
      throw new DomainError(
        ErrorType.NotFound,
        ErrorCode.DeadLetterNotFound,
        `${this.service} has no dead letter ${request.id}.`,
      );
    const spec = this.consumers().get(row.consumer);
    if (!spec)
      throw new DomainError(
        ErrorType.Conflict,
        ErrorCode.DeadLetterConsumerUnknown,
        `${this.service} runs no consumer ${row.consumer} any more; the dead letter is kept.`,
      );
    const parsed = EventEnvelope.safeParse(safeJson(row.payload));
    if (!parsed.success)
      throw new DomainError(
        ErrorType.Unprocessable,
        ErrorCode.ValidationFailed,
        `Dead letter ${row.id} is not an event envelope; it cannot be re-driven.`,
      );
    const applied = await this.runner().applyOnce(spec, parsed.data, async (tx) => {
      await sql(tx, `delete from ${this.table()} where id = ?`, [row.id]);
    });
    return {
      record_type: 'dead_letter_redrive',
      id: row.id,
      event_id: row.event_id,
      consumer: row.consumer,
      outcome: applied ? 'applied' : 'already_applied',
    };
  }

  private present(r: DeadLetterRow): DeadLetter {
    return {
      id: r.id,
      record_type: 'dead_letter',
      service: this.service,
      consumer: r.consumer,
      event_id: r.event_id,
      event_type: r.event_type,
      subject: r.subject,
      payload: r.payload,
      error: r.error,
      attempts: r.attempts,
      failed_at: new Date(r.failed_at).toISOString(),
    };
  }

  private table(): string {
    return `"${this.orm.config.get('schema')}"."dead_letters"`;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
