import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  AssignNumberBody,
  AssignNumberBodySchema,
  ListOwnedNumbersQuery,
  ListOwnedNumbersQuerySchema,
  NumberRefSchema,
  PatchPhoneNumberBody,
  PatchPhoneNumberBodySchema,
  PhoneNumber,
  PhoneNumberListSchema,
  PhoneNumberSchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { PublicList, publicListSchema } from '../http/cursor';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { PhoneNumbersService } from './phone-numbers.service';

const idPipe = () => new ZodValidationPipe(NumberRefSchema, 'path.id');

@ApiTags('Phone numbers')
@ApiBearerAuth()
@Controller({ path: 'numbers', version: '1' })
export class PhoneNumbersController {
  constructor(private readonly numbers: PhoneNumbersService) {}

  @Get()
  @ApiOperation({
    summary:
      "The numbers the acting account holds: its own, its tenants' (partners) and those assigned to it; e164 order",
  })
  @ApiZodQuery(ListOwnedNumbersQuerySchema)
  @ApiZodResponse(200, publicListSchema(PhoneNumberListSchema), 'One page of numbers')
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ListOwnedNumbersQuerySchema, 'query')) query: ListOwnedNumbersQuery,
  ): Promise<PublicList<PhoneNumber>> {
    return this.numbers.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One number: registry facts, billing and routing settings (id pn_... or the E.164 number)' })
  @ApiZodResponse(200, PhoneNumberSchema, 'The number')
  @ApiProblems(ErrorCode.NumberNotFound)
  get(@CurrentActor() actor: Actor, @Param('id', idPipe()) id: string): Promise<PhoneNumber> {
    return this.numbers.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change settings; only the fields sent change',
    description:
      'Every part (registry, routing, billing) is validated before any is applied: a bad field anywhere changes nothing. 409 number_not_yet_active while pending, number_released once released.',
  })
  @ApiZodBody(PatchPhoneNumberBodySchema)
  @ApiZodResponse(200, PhoneNumberSchema, 'The number after the change')
  @ApiProblems(
    ErrorCode.NumberNotFound,
    ErrorCode.NumberReleased,
    ErrorCode.NumberSettingsInvalid,
    ErrorCode.ConnectionNotFound,
  )
  patch(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe()) id: string,
    @Body(new ZodValidationPipe(PatchPhoneNumberBodySchema)) body: PatchPhoneNumberBody,
  ): Promise<PhoneNumber> {
    return this.numbers.patch(actor, id, body);
  }

  @Post(':id/actions/assign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Partners: assign a number to one of your tenants (billing stays with the buyer)' })
  @ApiZodBody(AssignNumberBodySchema)
  @ApiZodResponse(200, PhoneNumberSchema, 'The number')
  @ApiProblems(ErrorCode.NumberNotFound, ErrorCode.PartnerOnly, ErrorCode.NotYourTenant, ErrorCode.NumberReleased)
  assign(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe()) id: string,
    @Body(new ZodValidationPipe(AssignNumberBodySchema)) body: AssignNumberBody,
  ): Promise<PhoneNumber> {
    return this.numbers.assign(actor, id, body.account_id);
  }

  @Post(':id/actions/unassign')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Partners: take a number back from the tenant it is assigned to (a tenant's own purchase goes back to that tenant)",
  })
  @ApiZodResponse(200, PhoneNumberSchema, 'The number')
  @ApiProblems(ErrorCode.NumberNotFound, ErrorCode.PartnerOnly)
  unassign(@CurrentActor() actor: Actor, @Param('id', idPipe()) id: string): Promise<PhoneNumber> {
    return this.numbers.assign(actor, id, null);
  }
}
