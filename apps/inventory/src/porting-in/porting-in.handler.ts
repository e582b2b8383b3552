import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  parseOrThrow,
  PortingInventoryPatterns,
  PortInNumbersRequestSchema,
  PortInReply,
  PreparePortInRequestSchema,
} from '@did/contracts';
import { PortingInService } from './porting-in.service';

@Controller()
export class PortingInHandler {
  constructor(private readonly portingIn: PortingInService) {}

  @MessagePattern(PortingInventoryPatterns.Prepare)
  prepare(@Payload() data: unknown): Promise<PortInReply> {
    return this.portingIn.prepare(parseOrThrow(PreparePortInRequestSchema, data));
  }

  @MessagePattern(PortingInventoryPatterns.Complete)
  complete(@Payload() data: unknown): Promise<PortInReply> {
    return this.portingIn.complete(parseOrThrow(PortInNumbersRequestSchema, data));
  }

  @MessagePattern(PortingInventoryPatterns.Abandon)
  abandon(@Payload() data: unknown): Promise<PortInReply> {
    return this.portingIn.abandon(parseOrThrow(PortInNumbersRequestSchema, data));
  }
}
