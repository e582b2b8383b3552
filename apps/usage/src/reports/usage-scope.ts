import { DomainError, ErrorCode, ErrorType, UsageCaller, UsageDirection, UsageRecordKind } from '@did/contracts';
import { USAGE_CHARGES } from '../db/sql';

/** Filters a caller may put on usage records (list and report). */
export interface UsageFilters {
  kind?: UsageRecordKind;
  phone_number?: string;
  tenant_id?: string;
  direction?: UsageDirection;
  from?: string;
  to?: string;
  charge_id?: string;
}

/** A SQL condition with its `?` parameters, in order. */
export interface Condition {
  text: string;
  params: unknown[];
}

/**
 * Who sees which records, as disjoint branches (each one served by an index): a tenant or direct
 * account sees the records it paid for; a partner its own and those of its tenants (partner_id is
 * the payer's partner, set at rating). `tenant_id` narrows a partner to one payer.
 */
export function visibleBranches(caller: UsageCaller, tenantId: string | undefined): Condition[] {
  if (!caller.is_partner) {
    if (tenantId !== undefined)
      throw new DomainError(ErrorType.Forbidden, ErrorCode.PartnerOnly, 'Only a partner filters usage by tenant.');
    return [{ text: 'account_id = ?', params: [caller.account_id] }];
  }
  if (tenantId === caller.account_id) return [{ text: 'account_id = ?', params: [caller.account_id] }];
  if (tenantId !== undefined)
    return [{ text: 'partner_id = ? and account_id = ?', params: [caller.account_id, tenantId] }];
  return [
    { text: 'account_id = ?', params: [caller.account_id] },
    { text: 'partner_id = ? and account_id <> ?', params: [caller.account_id, caller.account_id] },
  ];
}

/** The record filters, ANDed; charge_id also matches the partner's charge on a record the caller is the partner of. */
export function filterCondition(caller: UsageCaller, filters: UsageFilters): Condition {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (text: string, ...values: unknown[]) => {
    parts.push(text);
    params.push(...values);
  };
  if (filters.kind) add('kind = ?', filters.kind);
  if (filters.phone_number) add('e164 = ?', filters.phone_number);
  if (filters.direction) add('direction = ?', filters.direction);
  if (filters.from) add('started_at >= ?', new Date(filters.from));
  if (filters.to) add('started_at < ?', new Date(filters.to));
  if (filters.charge_id) {
    // No index on charge_id (it would cost every record's insert): the charge's time window narrows the account's index range.
    add(
      `started_at between (select first_record_at from ${USAGE_CHARGES} where charge_id = ?) and (select last_record_at from ${USAGE_CHARGES} where charge_id = ?)`,
      filters.charge_id,
      filters.charge_id,
    );
    if (caller.is_partner)
      add(
        '(charge_id = ? or (partner_id = ? and partner_charge_id = ?))',
        filters.charge_id,
        caller.account_id,
        filters.charge_id,
      );
    else add('charge_id = ?', filters.charge_id);
  }
  return { text: parts.length ? parts.join(' and ') : 'true', params };
}
