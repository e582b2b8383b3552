import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CsrCoverageRequestSchema,
  CsrCoverageRpcReply,
  parseOrThrow,
  PortabilityCheckReply,
  PortabilityCheckRequestSchema,
  PortingPatterns,
} from '@did/contracts';
import { ChecksService } from './checks.service';

@Controller()
export class ChecksHandler {
  constructor(private readonly checks: ChecksService) {}

  @MessagePattern(PortingPatterns.PortabilityCheck)
  portability(@Payload() data: unknown): Promise<PortabilityCheckReply> {
    return this.checks.portability(parseOrThrow(PortabilityCheckRequestSchema, data).phone_numbers);
  }

  @MessagePattern(PortingPatterns.CsrCoverage)
  csr(@Payload() data: unknown): Promise<CsrCoverageRpcReply> {
    return this.checks.csr(parseOrThrow(CsrCoverageRequestSchema, data));
  }
}
