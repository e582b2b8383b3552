import { Module } from '@nestjs/common';
import { DocumentsHandler } from './documents.handler';
import { DocumentsService } from './documents.service';
import { UploadCleaner } from './upload-cleaner';

/** LOAs and bills: chunked uploads, checked by content, stored with a checksum, under a per-account quota; abandoned uploads are cleaned. */
@Module({ controllers: [DocumentsHandler], providers: [DocumentsService, UploadCleaner], exports: [DocumentsService] })
export class DocumentsModule {}
