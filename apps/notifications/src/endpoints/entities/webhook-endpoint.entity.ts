import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Why an endpoint is disabled. WARNING: persisted and public (`disabled_reason`). */
export type DisabledReason = 'manual' | 'gone' | 'failing';

/** Where an account wants its events POSTed, and the secret(s) that sign them. */
@Entity({ tableName: 'webhook_endpoints' })
export class WebhookEndpoint {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Index()
  @Property({ type: 'text' })
  accountId!: string;

  /** The partner above the owning account when it is a tenant; kept for the events the endpoint itself causes. */
  @Property({ type: 'text', nullable: true })
  partnerId: string | null = null;

  /** A partner's endpoint that also receives its tenants' events. */
  @Property({ type: 'boolean', default: false })
  includeTenants = false;

  @Property({ type: 'text' })
  url!: string;

  /** Event types, or ['*'] for every type. */
  @Property({ type: 'json' })
  eventTypes!: string[];

  @Property({ type: 'text', nullable: true })
  connectionId: string | null = null;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'boolean' })
  enabled = true;

  @Property({ type: 'text', nullable: true })
  disabledReason: DisabledReason | null = null;

  /** The signing secret, sealed with the service's SecretBox (never stored or returned in clear after creation). */
  @Property({ type: 'text' })
  secret!: string;

  /** The secret before the last rotation; it keeps signing until previousSecretExpiresAt. */
  @Property({ type: 'text', nullable: true })
  previousSecret: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  secretRotatedAt: Date | null = null;

  /** Start of the current run of failed attempts; null after a success. Drives automatic disabling. */
  @Property({ type: 'timestamptz', nullable: true })
  failingSince: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
