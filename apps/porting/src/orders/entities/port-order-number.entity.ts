import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { NumberType, PortNumberStatus } from '@did/contracts';

/** One number on a port order, with its own sub-status. */
@Entity({ tableName: 'port_order_numbers' })
export class PortOrderNumber {
  @PrimaryKey({ type: 'text' })
  orderId!: string;

  @PrimaryKey({ type: 'text' })
  e164!: string;

  /** The owned number's id (`pn_...`), minted when the number joins the order; inventory uses it while porting_in. */
  @Property({ type: 'text' })
  numberId!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text', nullable: true })
  numberType: NumberType | null = null;

  @Property({ type: 'text' })
  status!: PortNumberStatus;

  @Property({ type: 'boolean', nullable: true })
  portable: boolean | null = null;

  @Property({ type: 'boolean', nullable: true })
  fastPortable: boolean | null = null;

  @Property({ type: 'text', nullable: true })
  notPortableReason: string | null = null;

  @Property({ type: 'text', nullable: true })
  statusDetail: string | null = null;

  @Property({ type: 'integer', nullable: true })
  feeCents: number | null = null;

  @Property({ type: 'boolean', default: false })
  feeRefunded = false;
}

/** Statuses a number of a port order ends in; the others are still in progress. */
const SETTLED: readonly string[] = [
  PortNumberStatus.NotPortable,
  PortNumberStatus.Cancelled,
  PortNumberStatus.Failed,
  PortNumberStatus.Ported,
];

/** True while the number is still in the port (not refused, cancelled, failed or ported). */
export const isOpenNumber = (n: PortOrderNumber): boolean => !SETTLED.includes(n.status);
