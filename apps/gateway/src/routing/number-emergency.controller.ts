import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  NumberCompliance,
  NumberComplianceSchema,
  NumberEmergency,
  NumberEmergencySchema,
  NumberRefSchema,
  SetComplianceBody,
  SetComplianceBodySchema,
  SetNumberEmergencyBody,
  SetNumberEmergencyBodySchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodResponse } from '../http/openapi.decorators';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { RoutingService } from './routing.service';

const NumberId = new ZodValidationPipe(NumberRefSchema, 'path.id');

@ApiTags('Phone numbers')
@ApiBearerAuth()
@Controller({ path: 'numbers/:id', version: '1' })
export class NumberEmergencyController {
  constructor(private readonly routing: RoutingService) {}

  @Get('emergency')
  @ApiOperation({ summary: "A number's 911 service: provisioning, active, failed, deprovisioning or disabled" })
  @ApiZodResponse(200, NumberEmergencySchema, 'The 911 service')
  @ApiProblems(ErrorCode.NumberNotFound)
  get(@CurrentActor() actor: Actor, @Param('id', NumberId) id: string): Promise<NumberEmergency> {
    return this.routing.emergency(actor, id);
  }

  @Put('emergency')
  @ApiOperation({
    summary:
      'Give a number an emergency address: provisioning starts now and completes asynchronously (number.emergency_updated); 911 calls are covered once it is active',
    description:
      '422 emergency_not_supported outside the US and Canada, emergency_address_invalid for an address of another country; 409 number_not_yet_active / number_released.',
  })
  @ApiZodBody(SetNumberEmergencyBodySchema)
  @ApiZodResponse(200, NumberEmergencySchema, 'The 911 service (provisioning)')
  @ApiProblems(ErrorCode.NumberNotFound, ErrorCode.EmergencyAddressNotFound, ErrorCode.EmergencyNotSupported)
  set(
    @CurrentActor() actor: Actor,
    @Param('id', NumberId) id: string,
    @Body(new ZodValidationPipe(SetNumberEmergencyBodySchema)) body: SetNumberEmergencyBody,
  ): Promise<NumberEmergency> {
    return this.routing.setEmergency(actor, id, body.emergency_address_id);
  }

  @Delete('emergency')
  @ApiOperation({
    summary:
      "Remove a number's 911 service (deprovisioning, then disabled); 911 calls from it are rejected from now on",
  })
  @ApiZodResponse(200, NumberEmergencySchema, 'The 911 service (deprovisioning)')
  @ApiProblems(ErrorCode.NumberNotFound)
  clear(@CurrentActor() actor: Actor, @Param('id', NumberId) id: string): Promise<NumberEmergency> {
    return this.routing.clearEmergency(actor, id);
  }

  @Get('compliance')
  @ApiOperation({ summary: "What a number's country requires on file (end user, documents), and what is missing" })
  @ApiZodResponse(200, NumberComplianceSchema, 'The compliance status')
  @ApiProblems(ErrorCode.NumberNotFound)
  compliance(@CurrentActor() actor: Actor, @Param('id', NumberId) id: string): Promise<NumberCompliance> {
    return this.routing.compliance(actor, id);
  }

  @Put('compliance')
  @ApiOperation({
    summary:
      'Put end-user details and document ids on file (replaces what was there); allowed while the number is pending',
    description: 'status: met, missing (with what), or not_required.',
  })
  @ApiZodBody(SetComplianceBodySchema)
  @ApiZodResponse(200, NumberComplianceSchema, 'The compliance status')
  @ApiProblems(ErrorCode.NumberNotFound, ErrorCode.PortingDocumentNotFound)
  setCompliance(
    @CurrentActor() actor: Actor,
    @Param('id', NumberId) id: string,
    @Body(new ZodValidationPipe(SetComplianceBodySchema)) body: SetComplianceBody,
  ): Promise<NumberCompliance> {
    return this.routing.setCompliance(actor, id, body);
  }
}
