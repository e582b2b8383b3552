import { ArrayType, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** Numbers taken out of service upstream in one request; kept so a repeated reference answers the same. */
@Entity({ tableName: 'disconnects' })
export class CarrierDisconnect {
  @PrimaryKey({ type: 'text' })
  id!: string;

  /** The platform's own id for the request: a second POST with the same reference returns this disconnect. */
  @Unique({ name: 'disconnects_reference_unique' })
  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  @Property({ type: ArrayType, columnType: 'text[]' })
  numbers!: string[];

  @Property({ type: 'timestamptz' })
  disconnectedAt!: Date;
}
