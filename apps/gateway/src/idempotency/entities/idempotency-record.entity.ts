import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const IdempotencyState = { InProgress: 'in_progress', Completed: 'completed' } as const;
export type IdempotencyState = (typeof IdempotencyState)[keyof typeof IdempotencyState];

/**
 * The first request made with an Idempotency-Key and, once finished, its exact response, replayed
 * byte for byte for 24 hours to retries with the same key and body.
 */
@Entity({ tableName: 'idempotency_records' })
export class IdempotencyRecord {
  /** The acting account id (or `operator`): keys are scoped per account. */
  @PrimaryKey({ type: 'text' })
  scope!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  /** SHA-256 of method, path and canonical body: the same key with another request is refused. */
  @Property({ type: 'text' })
  fingerprint!: string;

  @Enum({ items: [IdempotencyState.InProgress, IdempotencyState.Completed] })
  state!: IdempotencyState;

  /** An in-progress record whose holder died is taken over after this time. */
  @Property({ type: 'timestamptz' })
  lockedUntil!: Date;

  @Property({ type: 'integer', nullable: true })
  responseStatus: number | null = null;

  @Property({ type: 'json', nullable: true })
  responseHeaders: Record<string, string> | null = null;

  @Property({ type: 'text', nullable: true })
  responseBody: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Index()
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
