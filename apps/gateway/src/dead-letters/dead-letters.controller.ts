import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  DeadLetter,
  DeadLetterListSchema,
  DeadLettersQuery,
  DeadLettersQuerySchema,
  RedriveResult,
  RedriveResultSchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodResponse } from '../http/openapi.decorators';
import { PublicList, publicListSchema } from '../http/cursor';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { DeadLettersService } from './dead-letters.service';

@ApiTags('Operator: dead letters')
@ApiBearerAuth()
@Controller({ path: 'operator/dead-letters', version: '1' })
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Get()
  @ApiOperation({
    summary: "Events a service's consumer gave up on (a deterministic failure), newest first; operator key only",
  })
  @ApiZodResponse(200, publicListSchema(DeadLetterListSchema), 'The dead letters of that service')
  @ApiProblems(ErrorCode.OperatorOnly)
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(DeadLettersQuerySchema, 'query')) query: DeadLettersQuery,
  ): Promise<PublicList<DeadLetter>> {
    return this.deadLetters.list(actor, query);
  }

  @Post(':service/:id/actions/redrive')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Re-drive one dead letter through its consumer's handler once the cause is fixed (applied once, with its inbox row)",
  })
  @ApiZodResponse(200, RedriveResultSchema, 'applied, or already_applied when the inbox had it')
  @ApiProblems(ErrorCode.OperatorOnly, ErrorCode.DeadLetterNotFound, ErrorCode.DeadLetterConsumerUnknown)
  redrive(
    @CurrentActor() actor: Actor,
    @Param('service') service: string,
    @Param('id') id: string,
  ): Promise<RedriveResult> {
    return this.deadLetters.redrive(actor, service, id);
  }
}
