import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  PartnerStatement,
  PartnerStatementQuery,
  PartnerStatementQuerySchema,
  PartnerStatementSchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { ResaleService } from './resale.service';

@ApiTags('Balance')
@ApiBearerAuth()
@Controller({ path: 'partner', version: '1' })
export class PartnerStatementController {
  constructor(private readonly resale: ResaleService) {}

  @Get('statement')
  @ApiOperation({
    summary:
      'Per tenant over a period: what the tenant paid, what the platform charged you for it, your margin, and what you transferred (partners only)',
    description:
      'Read from your ledger, net of refunds, in your currency. The period [from, to) is at most 366 days (400 names query.to, rule max:366).',
  })
  @ApiZodQuery(PartnerStatementQuerySchema)
  @ApiZodResponse(200, PartnerStatementSchema, 'The statement')
  @ApiProblems(ErrorCode.PartnerOnly)
  statement(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(PartnerStatementQuerySchema, 'query')) query: PartnerStatementQuery,
  ): Promise<PartnerStatement> {
    return this.resale.statement(actor, query);
  }
}
