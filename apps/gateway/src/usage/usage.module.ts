import { Module } from '@nestjs/common';
import { UsageController } from './usage.controller';
import { UsageService } from './usage.service';

/** Usage detail records, reports (JSON or CSV) and, for the operator, held records: thin HTTP over the usage service. */
@Module({ controllers: [UsageController], providers: [UsageService] })
export class UsageModule {}
