import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  ErrorCode,
  ErrorType,
  ListOwnedNumbersRequest,
  NumberState,
  OwnedNumberStatus,
  RegistryNumberList,
} from '@did/contracts';
import { NumberHistory, NumberOutcome } from '../registry/entities/number-history.entity';
import { visibleToSql } from '../registry/number-ref';
import { readNumbers } from '../registry/number-rows';
import { presentEnded, presentLive } from './registry-number.presenter';

/** Registry states behind each status a client can list; released and failed ownerships are read from the history. */
const LIVE_STATES: Partial<Record<OwnedNumberStatus, NumberState[]>> = {
  [OwnedNumberStatus.Pending]: [NumberState.PendingPurchase],
  [OwnedNumberStatus.Active]: [NumberState.Active],
  [OwnedNumberStatus.PortingIn]: [NumberState.PortingIn],
};
const HELD_NOW = [NumberState.PendingPurchase, NumberState.Active, NumberState.PortingIn];

/**
 * `GET /v1/numbers`: the numbers an account may see (its own, its tenants' for a partner, those
 * assigned to it), filtered, in a stable e164 order with a keyset cursor (e164 then number id, since
 * one number can have been released by the account more than once).
 */
@Injectable()
export class OwnedNumbersList {
  constructor(private readonly em: EntityManager) {}

  async list(request: ListOwnedNumbersRequest): Promise<RegistryNumberList> {
    const { query } = request;
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    if (query.status === OwnedNumberStatus.Released || query.status === OwnedNumberStatus.Failed)
      return this.ended(request, after);
    const visible = visibleToSql(request.account_id);
    const where = [visible.where, 'state = any(?)'];
    const params: unknown[] = [...visible.params, query.status ? LIVE_STATES[query.status] : HELD_NOW];
    const add = (clause: string, ...values: unknown[]) => {
      where.push(clause);
      params.push(...values);
    };
    if (query.number_type) add('number_type = ?', query.number_type);
    if (query.country_code) add('country_code = ?', query.country_code);
    if (query.connection_id) add('connection_id = ?', query.connection_id);
    if (query.tag) add('? = any(tags)', query.tag);
    if (query.tenant === 'none') where.push('tenant_account_id is null');
    else if (query.tenant) add('tenant_account_id = ?', query.tenant);
    if (query.e164) add('e164 like ?', `${query.e164.startsWith('+') ? query.e164 : `+${query.e164}`}%`);
    if (after) add('(e164, number_id) > (?, ?)', after.e164, after.numberId);
    const rows = await readNumbers(this.em.fork(), where.join(' and '), params, `, number_id limit ${query.limit + 1}`);
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      data: page.map(presentLive),
      meta: {
        count: page.length,
        next_cursor: rows.length > query.limit && last ? encodeCursor(last.e164, last.number_id ?? '') : null,
      },
    };
  }

  /** Ownerships that ended (released, or purchases that failed), as the history keeps them. */
  private async ended(
    request: ListOwnedNumbersRequest,
    after: { e164: string; numberId: string } | null,
  ): Promise<RegistryNumberList> {
    const { query } = request;
    const who = request.account_id;
    const where: Record<string, unknown> = {
      outcome: query.status === OwnedNumberStatus.Released ? NumberOutcome.Released : NumberOutcome.PurchaseFailed,
      $or: [{ ownerAccountId: who }, { ownerPartnerId: who }, { tenantAccountId: who }],
    };
    if (query.number_type) where.numberType = query.number_type;
    if (query.country_code) where.countryCode = query.country_code;
    if (query.tenant) where.tenantAccountId = query.tenant === 'none' ? null : query.tenant;
    if (query.e164) where.e164 = { $like: `${query.e164.startsWith('+') ? query.e164 : `+${query.e164}`}%` };
    // Settings do not outlive an ownership: a released number has no connection or tags to filter on.
    if (query.connection_id || query.tag) return { data: [], meta: { count: 0, next_cursor: null } };
    const filter = after
      ? {
          $and: [
            where,
            { $or: [{ e164: { $gt: after.e164 } }, { e164: after.e164, numberId: { $gt: after.numberId } }] },
          ],
        }
      : where;
    const rows = await this.em
      .fork()
      .find(NumberHistory, filter, { orderBy: { e164: 'asc', numberId: 'asc' }, limit: query.limit + 1 });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      data: page.map(presentEnded),
      meta: {
        count: page.length,
        next_cursor: rows.length > query.limit && last ? encodeCursor(last.e164, last.numberId) : null,
      },
    };
  }
}

function encodeCursor(e164: string, numberId: string): string {
  return Buffer.from(`${e164}|${numberId}`).toString('base64url');
}

function decodeCursor(cursor: string): { e164: string; numberId: string } {
  const [e164, numberId] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!e164 || numberId === undefined || !/^\+\d{7,15}$/.test(e164)) {
    throw new DomainError(
      ErrorType.InvalidRequest,
      ErrorCode.ValidationFailed,
      'The cursor is not one this API gave out.',
      [{ field: 'query.cursor', rule: 'cursor', message: 'not a valid cursor' }],
    );
  }
  return { e164, numberId };
}
