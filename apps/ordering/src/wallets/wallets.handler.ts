import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Balance,
  LedgerEntryList,
  ListLedgerRequestSchema,
  parseOrThrow,
  WalletCallerSchema,
  WalletPatterns,
} from '@did/contracts';
import { WalletsService } from './wallets.service';

@Controller()
export class WalletsHandler {
  constructor(private readonly wallets: WalletsService) {}

  @MessagePattern(WalletPatterns.GetBalance)
  balance(@Payload() data: unknown): Promise<Balance> {
    return this.wallets.balance(parseOrThrow(WalletCallerSchema, data));
  }

  @MessagePattern(WalletPatterns.ListLedger)
  ledger(@Payload() data: unknown): Promise<LedgerEntryList> {
    const request = parseOrThrow(ListLedgerRequestSchema, data);
    return this.wallets.ledger(request);
  }
}
