import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  CreateEmergencyAddressBody,
  CreateEmergencyAddressBodySchema,
  EmergencyAddress,
  EmergencyAddressListSchema,
  EmergencyAddressSchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodResponse } from '../http/openapi.decorators';
import { PublicList, publicListSchema } from '../http/cursor';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { RoutingService } from './routing.service';

const PATH = '/v1/emergency-addresses';

@ApiTags('Emergency (E911)')
@ApiBearerAuth()
@Controller({ path: 'emergency-addresses', version: '1' })
export class EmergencyAddressesController {
  constructor(private readonly routing: RoutingService) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    summary: 'Register a 911 dispatch address (US and Canada), validated by the carrier and stored as it normalized it',
    description:
      '422 emergency_address_invalid names the field and reason and carries `suggestions` (corrected addresses to retry with); 503 carrier_unavailable.',
  })
  @ApiZodBody(CreateEmergencyAddressBodySchema)
  @ApiZodResponse(201, EmergencyAddressSchema, 'The stored address')
  @ApiProblems(ErrorCode.EmergencyAddressInvalid)
  create(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(CreateEmergencyAddressBodySchema)) body: CreateEmergencyAddressBody,
  ): Promise<EmergencyAddress> {
    return this.routing.createAddress(actor, body, PATH);
  }

  @Get()
  @ApiOperation({ summary: "The account's emergency addresses (a partner also sees its tenants'), oldest first" })
  @ApiZodResponse(200, publicListSchema(EmergencyAddressListSchema), 'The addresses')
  list(@CurrentActor() actor: Actor): Promise<PublicList<EmergencyAddress>> {
    return this.routing.addresses(actor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One emergency address' })
  @ApiZodResponse(200, EmergencyAddressSchema, 'The address')
  @ApiProblems(ErrorCode.EmergencyAddressNotFound)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EmergencyAddress> {
    return this.routing.address(actor, id);
  }

  @Delete(':id')
  @ApiOperation({
    summary: 'Delete an emergency address (409 emergency_address_in_use while a number’s 911 service uses it)',
  })
  @ApiZodResponse(200, EmergencyAddressSchema, 'The deleted address')
  @ApiProblems(ErrorCode.EmergencyAddressNotFound, ErrorCode.EmergencyAddressInUse)
  delete(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EmergencyAddress> {
    return this.routing.deleteAddress(actor, id);
  }
}
