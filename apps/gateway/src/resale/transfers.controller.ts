import { Body, Controller, Headers, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, CreateTransferBody, CreateTransferBodySchema, Transfer, TransferSchema } from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodResponse } from '../http/openapi.decorators';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ResaleService } from './resale.service';

@ApiTags('Balance')
@ApiBearerAuth()
@Controller({ path: 'balance', version: '1' })
export class TransfersController {
  constructor(private readonly resale: ResaleService) {}

  @Post('transfers')
  @Idempotent({ required: true })
  @ApiOperation({
    summary: "Move money from the partner's balance to one of its tenants' (partners only)",
    description:
      'Posted on both ledgers (kind transfer) at once. Idempotency-Key is required and kept with the entries: a retry never moves the money twice. ' +
      '402 balance_insufficient (nothing moved); 404 account_not_found when tenant_account_id is not your tenant; 403 partner_only for a tenant.',
  })
  @ApiZodBody(CreateTransferBodySchema)
  @ApiZodResponse(201, TransferSchema, "The transfer and the partner's balance right after it")
  @ApiProblems(
    ErrorCode.PartnerOnly,
    ErrorCode.NotYourTenant,
    ErrorCode.BalanceInsufficient,
    ErrorCode.CurrencyMismatch,
  )
  create(
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') key: string,
    @Body(new ZodValidationPipe(CreateTransferBodySchema)) body: CreateTransferBody,
  ): Promise<Transfer> {
    return this.resale.transfer(actor, body, key);
  }
}
