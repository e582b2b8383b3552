import { Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EmergencyStatus } from '@did/contracts';

/** The 911 service of one number and the E911 loop's next step for it (due_at, while provisioning or deprovisioning). */
@Entity({ tableName: 'number_emergency' })
@Check({
  name: 'number_emergency_status_check',
  expression: "status in ('provisioning', 'active', 'failed', 'deprovisioning', 'disabled')",
})
@Index({ name: 'number_emergency_address_idx', properties: ['emergencyAddressId'] })
@Index({ name: 'number_emergency_due_idx', properties: ['dueAt'] })
export class NumberEmergencyRow {
  @PrimaryKey({ type: 'text' })
  numberId!: string;

  @Property({ type: 'text' })
  status!: EmergencyStatus;

  @Property({ type: 'text', nullable: true })
  emergencyAddressId: string | null = null;

  @Property({ type: 'text', nullable: true })
  failureReason: string | null = null;

  /** Changes with every PUT/DELETE, so the loop never completes a request that was replaced meanwhile. */
  @Property({ type: 'text' })
  requestId!: string;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  /** When the loop acts next (null: nothing to do). */
  @Property({ type: 'timestamptz', nullable: true })
  dueAt: Date | null = null;

  @Property({ type: 'integer', default: 0 })
  attempts = 0;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
