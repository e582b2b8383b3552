import { Module } from '@nestjs/common';
import { DocumentUploadService } from './document-upload.service';
import { PortingController } from './porting.controller';
import { PortingService } from './porting.service';

/** Porting numbers in: checks, documents (multipart) and port orders, over the porting service. */
@Module({ controllers: [PortingController], providers: [PortingService, DocumentUploadService] })
export class PortingModule {}
