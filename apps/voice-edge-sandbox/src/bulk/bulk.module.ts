import { Module } from '@nestjs/common';
import { NumbersModule } from '../numbers/numbers.module';
import { RecordsModule } from '../records/records.module';
import { BulkController } from './bulk.controller';
import { BulkService } from './bulk.service';

/** Synthetic answered call records in bulk, for load tests and benchmarks. */
@Module({ imports: [NumbersModule, RecordsModule], controllers: [BulkController], providers: [BulkService] })
export class BulkModule {}
