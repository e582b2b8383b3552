import { Injectable } from '@nestjs/common';
import {
  DeadLetter,
  DeadLetterListSchema,
  deadLettersPattern,
  DeadLettersQuery,
  DeadLettersQuerySchema,
  DomainError,
  ErrorCode,
  ErrorType,
  RedriveResult,
  RedriveResultSchema,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor, isOperator } from '../auth/actor';
import { publicList, PublicList } from '../http/cursor';

/** Dead letters live in each service's schema; the gateway asks the service that holds them. */
@Injectable()
export class DeadLettersService {
  constructor(private readonly rpc: RpcClient) {}

  async list(actor: Actor, query: DeadLettersQuery): Promise<PublicList<DeadLetter>> {
    assertOperator(actor);
    const { data, meta } = await this.rpc.request(
      deadLettersPattern(query.service, 'list'),
      { limit: query.limit },
      { reply: DeadLetterListSchema },
    );
    return publicList(data, meta);
  }

  redrive(actor: Actor, service: string, id: string): Promise<RedriveResult> {
    assertOperator(actor);
    const parsed = DeadLettersQuerySchema.shape.service.safeParse(service);
    if (!parsed.success) {
      throw new DomainError(
        ErrorType.InvalidRequest,
        ErrorCode.ValidationFailed,
        `path.service: ${service} is not a service with dead letters`,
        [{ field: 'path.service', rule: 'enum', message: parsed.error.issues[0].message }],
      );
    }
    return this.rpc.request(deadLettersPattern(parsed.data, 'redrive'), { id }, { reply: RedriveResultSchema });
  }
}

function assertOperator(actor: Actor): void {
  if (!isOperator(actor))
    throw new DomainError(
      ErrorType.Forbidden,
      ErrorCode.OperatorOnly,
      'Dead letters are for the platform operator only.',
    );
}
