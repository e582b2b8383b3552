import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { MAX_PORTING_DOCUMENT_BYTES } from '@did/contracts';
import { documentTooLarge, MULTIPART_OVERHEAD_BYTES } from './multipart';

/** What the multipart content-type parser hands the route: the raw body and its Content-Type. */
export interface RawMultipart {
  raw: Buffer;
  contentType: string;
}

/**
 * Accepts multipart/form-data (the only route that takes it is the document upload) with its own
 * cap: 10 MB of document plus headroom, far above the JSON body limit. A body over the cap is read
 * to its end and discarded (so the client sees the answer, not a reset) and answered 413 document_too_large.
 */
@Injectable()
export class MultipartParser implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    // Without an HTTP server (the gateway's CLI commands, e.g. seed-demo, boot an application context) there is nothing to parse.
    if (!this.adapterHost.httpAdapter) return;
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    if (fastify.hasContentTypeParser('multipart/form-data')) return;
    const cap = MAX_PORTING_DOCUMENT_BYTES + MULTIPART_OVERHEAD_BYTES;
    fastify.addContentTypeParser('multipart/form-data', (request, payload, done) => {
      const chunks: Buffer[] = [];
      let size = 0;
      payload.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= cap) chunks.push(chunk);
      });
      payload.on('end', () => {
        if (size > cap) done(documentTooLarge(), undefined);
        else done(null, { raw: Buffer.concat(chunks), contentType: String(request.headers['content-type'] ?? '') } satisfies RawMultipart);
      });
      payload.on('error', (err: Error) => done(err, undefined));
    });
  }
}
