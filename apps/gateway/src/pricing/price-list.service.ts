import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  ErrorType,
  PriceList,
  PriceListChange,
  PriceListChangeSchema,
  PriceListPatterns,
  PriceListSchema,
  ScheduleChangeBody,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor, isOperator } from '../auth/actor';

/** The platform price list, held by ordering; the operator's alone. */
@Injectable()
export class PriceListService {
  constructor(private readonly rpc: RpcClient) {}

  list(actor: Actor): Promise<PriceList> {
    assertOperator(actor);
    return this.rpc.request(PriceListPatterns.List, {}, { reply: PriceListSchema });
  }

  schedule(actor: Actor, body: ScheduleChangeBody): Promise<PriceListChange> {
    assertOperator(actor);
    return this.rpc.request(PriceListPatterns.ScheduleChange, { body }, { reply: PriceListChangeSchema });
  }

  cancel(actor: Actor, changeId: string): Promise<PriceListChange> {
    assertOperator(actor);
    return this.rpc.request(PriceListPatterns.CancelChange, { change_id: changeId }, { reply: PriceListChangeSchema });
  }
}

function assertOperator(actor: Actor): void {
  if (!isOperator(actor))
    throw new DomainError(
      ErrorType.Forbidden,
      ErrorCode.OperatorOnly,
      'The price list is managed by the platform operator only.',
    );
}
