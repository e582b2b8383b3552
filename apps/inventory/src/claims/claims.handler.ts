import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ClaimNumbersReply,
  ClaimNumbersRequestSchema,
  NumberLifecyclePatterns,
  parseOrThrow,
  UnclaimNumbersReply,
  UnclaimNumbersRequestSchema,
} from '@did/contracts';
import { ClaimsService } from './claims.service';

@Controller()
export class ClaimsHandler {
  constructor(private readonly claims: ClaimsService) {}

  @MessagePattern(NumberLifecyclePatterns.Claim)
  claim(@Payload() data: unknown): Promise<ClaimNumbersReply> {
    return this.claims.claim(parseOrThrow(ClaimNumbersRequestSchema, data));
  }

  @MessagePattern(NumberLifecyclePatterns.Unclaim)
  unclaim(@Payload() data: unknown): Promise<UnclaimNumbersReply> {
    return this.claims.unclaim(parseOrThrow(UnclaimNumbersRequestSchema, data));
  }
}
