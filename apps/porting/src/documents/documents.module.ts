import { Module } from '@nestjs/common';
import { DocumentsHandler } from './documents.handler';
import { DocumentsService } from './documents.service';

/** LOAs and bills: chunked uploads, checked by content, stored with a checksum. */
@Module({ controllers: [DocumentsHandler], providers: [DocumentsService], exports: [DocumentsService] })
export class DocumentsModule {}
