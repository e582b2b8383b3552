import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  TenantDefaults,
  TenantDefaultsPatch,
  TenantDefaultsPatchSchema,
  TenantDefaultsSchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodResponse } from '../http/openapi.decorators';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { RoutingService } from './routing.service';

@ApiTags('Accounts')
@ApiBearerAuth()
@Controller({ path: 'accounts/:id/defaults', version: '1' })
export class AccountDefaultsController {
  constructor(private readonly routing: RoutingService) {}

  @Get()
  @ApiOperation({
    summary:
      "An account's defaults for its numbers: CNAM, what unconfigured numbers do (an announcement unless changed), recording, max channels",
  })
  @ApiZodResponse(200, TenantDefaultsSchema, 'The defaults')
  @ApiProblems(ErrorCode.AccountNotFound)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<TenantDefaults> {
    return this.routing.defaults(actor, id);
  }

  @Patch()
  @ApiOperation({
    summary: "Change an account's defaults; only the fields sent change",
    description: "422 number_settings_invalid when max_channels is above the plan's maximum.",
  })
  @ApiZodBody(TenantDefaultsPatchSchema)
  @ApiZodResponse(200, TenantDefaultsSchema, 'The defaults after the change')
  @ApiProblems(ErrorCode.AccountNotFound, ErrorCode.ConnectionNotFound)
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(TenantDefaultsPatchSchema)) body: TenantDefaultsPatch,
  ): Promise<TenantDefaults> {
    return this.routing.setDefaults(actor, id, body);
  }
}
