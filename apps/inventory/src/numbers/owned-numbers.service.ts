import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, ErrorType, NumberRefRequest, RegistryNumber } from '@did/contracts';
import { findEndedOwnership } from '../registry/number-history';
import { numberRef, visibleToSql } from '../registry/number-ref';
import { readNumbers } from '../registry/number-rows';
import { ownedStatusOf, presentEnded, presentLive } from './registry-number.presenter';

/**
 * Reads one number as its owner (or the owner's partner, or the tenant it is assigned to) sees it: the registry row while they hold
 * it, else their latest ended ownership of it (released or purchase_failed). Anyone else gets 404,
 * so number ids cannot be probed.
 */
@Injectable()
export class OwnedNumbersService {
  constructor(private readonly em: EntityManager) {}

  async get(request: NumberRefRequest): Promise<RegistryNumber> {
    const ref = numberRef(request.number);
    // The assigned tenant sees the number too (it configures it); releasing stays with the buyer and its partner.
    const visible = visibleToSql(request.account_id);
    const [row] = await readNumbers(this.em, `${ref.column} = ? and ${visible.where}`, [ref.value, ...visible.params]);
    if (row && ownedStatusOf(row.state)) return presentLive(row);
    const ended = await findEndedOwnership(this.em, ref, request.account_id);
    if (ended) return presentEnded(ended);
    throw new DomainError(ErrorType.NotFound, ErrorCode.NumberNotFound, `No number ${request.number} on this account.`);
  }
}
