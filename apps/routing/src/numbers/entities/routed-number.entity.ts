import { Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Routing's own copy of the numbers it may configure, projected from inventory's events (and
 * ordering's number_order.placed for pending ones), so it never reads inventory's tables. Released is
 * final for a number id: a number sold again comes back under a new id.
 */
@Entity({ tableName: 'numbers' })
@Check({ name: 'numbers_status_check', expression: "status in ('pending', 'active', 'porting_in', 'released')" })
@Index({ name: 'numbers_owner_idx', properties: ['ownerAccountId'] })
@Index({ name: 'numbers_tenant_idx', properties: ['tenantAccountId'] })
@Index({ name: 'numbers_e164_idx', properties: ['e164'] })
export class RoutedNumber {
  @PrimaryKey({ type: 'text' })
  numberId!: string;

  @Property({ type: 'text' })
  e164!: string;

  /** The buyer (who pays for it). */
  @Property({ type: 'text' })
  ownerAccountId!: string;

  /** The buyer's partner when the buyer is a tenant (from the event envelope). */
  @Property({ type: 'text', nullable: true })
  ownerPartnerId: string | null = null;

  /** The tenant a partner assigned the number to. */
  @Property({ type: 'text', nullable: true })
  tenantAccountId: string | null = null;

  @Property({ type: 'text' })
  status!: 'pending' | 'active' | 'porting_in' | 'released';

  @Property({ type: 'text' })
  countryCode!: string;

  @Property({ type: 'text', nullable: true })
  numberType: string | null = null;

  @Property({ type: 'text', nullable: true })
  connectionId: string | null = null;

  /** voice, sms, ... as the carrier gives them; null when projected before routing kept them (unknown). */
  @Property({ type: 'text[]', nullable: true })
  capabilities: string[] | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  releasedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
