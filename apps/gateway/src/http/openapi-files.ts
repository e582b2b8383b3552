import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiProduces, ApiResponse } from '@nestjs/swagger';

/** The media types a stored document can have (the upload judges them by the file's first bytes). */
const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
const TEN_MB = 10 * 1024 * 1024;

/** Documents the multipart body of a document upload: the file (at most 10 MB) and what kind of document it is. */
export function ApiDocumentUploadBody(): MethodDecorator {
  return ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      additionalProperties: false,
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          maxLength: TEN_MB,
          description: 'The document: PDF, PNG or JPEG, at most 10 MB.',
        },
        document_type: {
          type: 'string',
          enum: ['loa', 'invoice', 'other'],
          default: 'other',
          description: 'What the document is: a letter of authorization, a recent bill, or other.',
        },
      },
    },
  });
}

/** Documents a file download: the stored bytes with their detected media type and their SHA-256. */
export function ApiDocumentFileResponse(): MethodDecorator {
  const content = Object.fromEntries(
    DOCUMENT_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary', maxLength: TEN_MB } }]),
  );
  return applyDecorators(
    ApiProduces(...DOCUMENT_MEDIA_TYPES),
    ApiResponse({
      status: 200,
      description: 'The file as uploaded',
      content,
      headers: {
        'X-Content-SHA256': {
          description: 'The SHA-256 of the file, hex.',
          schema: { type: 'string', pattern: '^[0-9a-f]{64}$', maxLength: 64 },
        },
        'Content-Disposition': {
          description: 'attachment, named by the document id.',
          schema: { type: 'string', maxLength: 200 },
        },
      },
    }),
  );
}
