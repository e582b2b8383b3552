import { Module } from '@nestjs/common';
import { ChecksHandler } from './checks.handler';
import { ChecksService } from './checks.service';
import { CsrBudget } from './csr-budget';

/** Portability checks, and CSRs from the carrier for numbers on the caller's open port orders, within an hourly budget. */
@Module({ controllers: [ChecksHandler], providers: [ChecksService, CsrBudget] })
export class ChecksModule {}
