import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { publicListSchema } from '../http/cursor';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { BillingService } from './billing.service';
import { LedgerEntryList, LedgerEntryListSchema, ListLedgerQuery, ListLedgerQuerySchema } from '@did/contracts';

@ApiTags('Balance')
@ApiBearerAuth()
@Controller({ path: 'ledger', version: '1' })
export class LedgerController {
  constructor(private readonly billing: BillingService) {}

  @Get()
  @ApiOperation({
    summary:
      "Every movement of the acting account's balance, oldest first; entries never change (a correction is a new entry)",
  })
  @ApiZodQuery(ListLedgerQuerySchema)
  @ApiZodResponse(200, publicListSchema(LedgerEntryListSchema), 'One page of ledger entries')
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ListLedgerQuerySchema, 'query')) query: ListLedgerQuery,
  ): Promise<LedgerEntryList> {
    return this.billing.ledger(actor, query);
  }
}
