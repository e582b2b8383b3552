import { Module } from '@nestjs/common';
import { RecordPublisher } from './record-publisher';

/** The usage records stream and its publisher. */
@Module({ providers: [RecordPublisher], exports: [RecordPublisher] })
export class RecordsModule {}
