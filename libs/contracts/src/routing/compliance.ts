import { z } from 'zod';
import { E164Schema } from '../inventory/reservations';
import { NumberRefCallerRequestSchema } from './emergency';

/** What a country's regulator wants on file before a number there is used. */
export interface CountryRequirement {
  /** End-user fields that must be present. */
  endUserFields: readonly ('first_name' | 'last_name' | 'contact_phone' | 'company_name')[];
  /** Documents (ids of uploaded proofs: identity, address, business registration) needed at least. */
  minDocuments: number;
  description: string;
}

/**
 * Countries whose numbers need end-user details and documents (the carrier's regulatory rules, as
 * the sandbox applies them). Numbers of other countries have no requirement.
 */
export const COMPLIANCE_REQUIREMENTS: Readonly<Record<string, CountryRequirement>> = {
  IN: {
    endUserFields: ['first_name', 'last_name', 'contact_phone', 'company_name'],
    minDocuments: 1,
    description: 'India (DoT): the end user, a contact phone, the company and a proof of identity or address.',
  },
};

/** Where a number stands with its country's requirements. WARNING: persisted and published. */
export const ComplianceStatus = { NotRequired: 'not_required', Missing: 'missing', Met: 'met' } as const;
export type ComplianceStatus = (typeof ComplianceStatus)[keyof typeof ComplianceStatus];
export const COMPLIANCE_STATUSES = Object.values(ComplianceStatus) as [ComplianceStatus, ...ComplianceStatus[]];

const name = z.string().trim().min(1).max(100);

/** `PUT /v1/numbers/{id}/compliance`: replaces what is on file. */
export const SetComplianceBodySchema = z.strictObject({
  end_user: z.strictObject({
    first_name: name.optional(),
    last_name: name.optional(),
    contact_phone: E164Schema.optional(),
    company_name: name.optional(),
  }),
  document_ids: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
});
export type SetComplianceBody = z.infer<typeof SetComplianceBodySchema>;

export const NumberComplianceSchema = z.object({
  record_type: z.literal('number_compliance'),
  number_id: z.string(),
  phone_number: z.string(),
  country_code: z.string(),
  status: z.enum(COMPLIANCE_STATUSES),
  /** What is still missing (`end_user.first_name`, `document_ids`...); empty when met or not required. */
  missing: z.array(z.string()),
  end_user: SetComplianceBodySchema.shape.end_user,
  document_ids: z.array(z.string()),
  updated_at: z.string().nullable(),
});
export type NumberCompliance = z.infer<typeof NumberComplianceSchema>;

export const SetComplianceRequestSchema = NumberRefCallerRequestSchema.extend({ compliance: SetComplianceBodySchema });
export type SetComplianceRequest = z.infer<typeof SetComplianceRequestSchema>;

/** What is missing from `body` for `country` (empty: nothing, or no requirement). */
export function missingCompliance(country: string, body: SetComplianceBody | null): string[] {
  const requirement = COMPLIANCE_REQUIREMENTS[country];
  if (!requirement) return [];
  const missing: string[] = requirement.endUserFields.filter((f) => !body?.end_user[f]).map((f) => `end_user.${f}`);
  if ((body?.document_ids.length ?? 0) < requirement.minDocuments) missing.push('document_ids');
  return missing;
}
