import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { PublicList, publicListSchema } from '../http/cursor';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { AvailableNumbersService } from './available-numbers.service';
import {
  AvailableNumber,
  AvailableNumbersQuery,
  AvailableNumbersQuerySchema,
  AvailableSummaryQuery,
  AvailableSummaryQuerySchema,
  AvailableSummaryReply,
  AvailableSummaryReplySchema,
  SearchAvailableReplySchema,
} from '@did/contracts';

@ApiTags('Numbers')
@ApiBearerAuth()
@Controller({ path: 'numbers/available', version: '1' })
export class AvailableNumbersController {
  constructor(private readonly numbers: AvailableNumbersService) {}

  @Get()
  @ApiOperation({
    summary: 'Search numbers you can reserve or buy now',
    description:
      'Numbers reserved by anyone (you included), sold or aging never appear. meta.total counts matches up to 1000 (total_capped tells when there are more).',
  })
  @ApiZodQuery(AvailableNumbersQuerySchema)
  @ApiZodResponse(
    200,
    publicListSchema(SearchAvailableReplySchema, {
      total_capped: SearchAvailableReplySchema.shape.meta.shape.total_capped,
    }),
    'One page of numbers in E.164 order, priced for you',
  )
  search(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(AvailableNumbersQuerySchema, 'query')) query: AvailableNumbersQuery,
  ): Promise<PublicList<AvailableNumber, { total_capped: boolean }>> {
    return this.numbers.search(actor, query);
  }

  @Get('summary')
  @ApiOperation({ summary: 'Count available numbers per locality (or rate center) of a country, type and region' })
  @ApiZodQuery(AvailableSummaryQuerySchema)
  @ApiZodResponse(
    200,
    publicListSchema(AvailableSummaryReplySchema, { group_by: AvailableSummaryReplySchema.shape.meta.shape.group_by }),
    'Counts, largest first',
  )
  summary(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(AvailableSummaryQuerySchema, 'query')) query: AvailableSummaryQuery,
  ): Promise<
    PublicList<AvailableSummaryReply['data'][number], { group_by: AvailableSummaryReply['meta']['group_by'] }>
  > {
    return this.numbers.summary(actor, query);
  }
}
