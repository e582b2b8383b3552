import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DocumentChunk,
  DocumentRefRequestSchema,
  FinishDocumentRequestSchema,
  parseOrThrow,
  PortingDocument,
  PortingDocumentPatterns,
  PutDocumentChunkRequestSchema,
  ReadDocumentChunkRequestSchema,
} from '@did/contracts';
import { DocumentsService } from './documents.service';

@Controller()
export class DocumentsHandler {
  constructor(private readonly documents: DocumentsService) {}

  @MessagePattern(PortingDocumentPatterns.PutChunk)
  putChunk(@Payload() data: unknown): Promise<{ document_id: string; index: number }> {
    return this.documents.putChunk(parseOrThrow(PutDocumentChunkRequestSchema, data));
  }

  @MessagePattern(PortingDocumentPatterns.Finish)
  finish(@Payload() data: unknown): Promise<PortingDocument> {
    return this.documents.finish(parseOrThrow(FinishDocumentRequestSchema, data));
  }

  @MessagePattern(PortingDocumentPatterns.Discard)
  discard(@Payload() data: unknown): Promise<{ document_id: string; discarded_chunks: number }> {
    return this.documents.discard(parseOrThrow(DocumentRefRequestSchema, data));
  }

  @MessagePattern(PortingDocumentPatterns.Get)
  get(@Payload() data: unknown): Promise<PortingDocument> {
    return this.documents.get(parseOrThrow(DocumentRefRequestSchema, data));
  }

  @MessagePattern(PortingDocumentPatterns.ReadChunk)
  readChunk(@Payload() data: unknown): Promise<DocumentChunk> {
    return this.documents.readChunk(parseOrThrow(ReadDocumentChunkRequestSchema, data));
  }
}
