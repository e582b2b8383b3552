import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ComplianceStatus } from '@did/contracts';

/**
 * The latest compliance status routing announced for a number id (number.compliance_updated). The
 * provisioner submits a gated order only when every number of it is `met` here. Kept by number id,
 * so an announcement that arrives before inventory took the order in still counts.
 */
@Entity({ tableName: 'compliance_gates' })
export class ComplianceGate {
  @PrimaryKey({ type: 'text' })
  numberId!: string;

  @Property({ type: 'text' })
  status!: ComplianceStatus;

  /** What routing said is still missing (`end_user.first_name`, `document_ids`...). */
  @Property({ type: 'json' })
  missing!: string[];

  /** Routing's `updated_at` of the announcement: an older one arriving late does not overwrite a newer one. */
  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}
