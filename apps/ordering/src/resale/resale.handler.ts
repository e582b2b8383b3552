import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateTransferRequestSchema,
  parseOrThrow,
  PartnerStatement,
  PartnerStatementRequestSchema,
  ResalePatterns,
  Transfer,
} from '@did/contracts';
import { PartnerStatementService } from './partner-statement.service';
import { TransfersService } from './transfers.service';

@Controller()
export class ResaleHandler {
  constructor(
    private readonly transfers: TransfersService,
    private readonly statements: PartnerStatementService,
  ) {}

  @MessagePattern(ResalePatterns.CreateTransfer)
  transfer(@Payload() data: unknown): Promise<Transfer> {
    return this.transfers.create(parseOrThrow(CreateTransferRequestSchema, data));
  }

  @MessagePattern(ResalePatterns.Statement)
  statement(@Payload() data: unknown): Promise<PartnerStatement> {
    return this.statements.statement(parseOrThrow(PartnerStatementRequestSchema, data));
  }
}
