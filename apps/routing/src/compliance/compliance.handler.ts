import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  NumberCompliance,
  NumberRefCallerRequestSchema,
  parseOrThrow,
  RoutingPatterns,
  SetComplianceRequestSchema,
} from '@did/contracts';
import { ComplianceService } from './compliance.service';

@Controller()
export class ComplianceHandler {
  constructor(private readonly compliance: ComplianceService) {}

  @MessagePattern(RoutingPatterns.ComplianceGet)
  get(@Payload() data: unknown): Promise<NumberCompliance> {
    return this.compliance.get(parseOrThrow(NumberRefCallerRequestSchema, data));
  }

  @MessagePattern(RoutingPatterns.ComplianceSet)
  set(@Payload() data: unknown): Promise<NumberCompliance> {
    return this.compliance.set(parseOrThrow(SetComplianceRequestSchema, data));
  }
}
