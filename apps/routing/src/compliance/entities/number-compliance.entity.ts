import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ComplianceStatus, SetComplianceBody } from '@did/contracts';

/** End-user details and documents on file for a number, and whether its country's requirements are met. */
@Entity({ tableName: 'number_compliance' })
export class NumberComplianceRow {
  @PrimaryKey({ type: 'text' })
  numberId!: string;

  @Property({ type: 'jsonb' })
  endUser!: SetComplianceBody['end_user'];

  @Property({ type: 'jsonb' })
  documentIds!: string[];

  @Property({ type: 'text' })
  status!: ComplianceStatus;

  @Property({ type: 'jsonb' })
  missing!: string[];

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
