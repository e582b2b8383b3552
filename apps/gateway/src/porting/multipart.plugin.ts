import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MAX_PORTING_DOCUMENT_BYTES } from '@did/contracts';

/**
 * Limits of a porting-document upload, the only route that takes multipart/form-data: one file of at
 * most 10 MB and a few short fields. busboy enforces them while the stream is read.
 */
export const UPLOAD_LIMITS = {
  files: 1,
  fields: 4,
  parts: 6,
  fieldNameSize: 64,
  fieldSize: 256,
  headerPairs: 20,
  fileSize: MAX_PORTING_DOCUMENT_BYTES,
} as const;

/**
 * Registers @fastify/multipart. Its content-type parser only marks the request as multipart and reads
 * nothing: the body is read when the upload handler iterates `request.parts()`, after authentication
 * and rate limiting, so an unauthenticated multipart body on any route is answered without being read.
 */
export async function registerMultipart(app: NestFastifyApplication): Promise<void> {
  await app.register(multipart, { limits: UPLOAD_LIMITS, throwFileSizeLimit: true });
}
