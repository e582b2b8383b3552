import { Module } from '@nestjs/common';
import { PartnerStatementController } from './partner-statement.controller';
import { ResaleService } from './resale.service';
import { TransfersController } from './transfers.controller';

/** A partner's resale money: transfers to its tenants and its statement, thin HTTP over the ordering service. */
@Module({ controllers: [TransfersController, PartnerStatementController], providers: [ResaleService] })
export class ResaleModule {}
