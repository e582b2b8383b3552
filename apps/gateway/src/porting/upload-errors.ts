import { DomainError, ErrorCode, ErrorType, MAX_PORTING_DOCUMENT_BYTES, PORTING_DOCUMENT_TYPES } from '@did/contracts';

/** The answers of a document upload that the gateway gives itself, before porting sees the file. */
export const uploadErrors = {
  tooLarge: () =>
    new DomainError(
      ErrorType.PayloadTooLarge,
      ErrorCode.DocumentTooLarge,
      `A porting document may be at most ${MAX_PORTING_DOCUMENT_BYTES} bytes (10 MB).`,
    ),
  notMultipart: () =>
    new DomainError(
      ErrorType.UnsupportedMediaType,
      ErrorCode.UnsupportedMediaType,
      'Send the document as multipart/form-data with a "file" part.',
    ),
  unsupportedType: () =>
    new DomainError(
      ErrorType.UnsupportedMediaType,
      ErrorCode.DocumentTypeUnsupported,
      'The file is not a PDF, PNG or JPEG (judged by its content, not its name or declared type).',
    ),
  empty: () =>
    new DomainError(ErrorType.InvalidRequest, ErrorCode.ValidationFailed, 'The file is empty.', [
      { field: 'file', rule: 'min:1', message: 'the file is empty' },
    ]),
  missingFile: () =>
    new DomainError(ErrorType.InvalidRequest, ErrorCode.ValidationFailed, 'The "file" part is missing.', [
      { field: 'file', rule: 'required', message: 'attach the document as the "file" part' },
    ]),
  unknownPart: (name: string) =>
    new DomainError(ErrorType.InvalidRequest, ErrorCode.UnknownField, `Unknown part: ${name}.`, [
      { field: name, rule: 'unknown_field', message: `${name} is not a recognised field` },
    ]),
  badDocumentType: () =>
    new DomainError(
      ErrorType.InvalidRequest,
      ErrorCode.ValidationFailed,
      `document_type must be one of ${PORTING_DOCUMENT_TYPES.join(', ')}.`,
      [{ field: 'document_type', rule: 'enum', message: `one of ${PORTING_DOCUMENT_TYPES.join(', ')}` }],
    ),
  tooManyParts: () =>
    new DomainError(
      ErrorType.InvalidRequest,
      ErrorCode.ValidationFailed,
      'Send one "file" part and at most a "document_type" field.',
      [{ field: 'file', rule: 'max_parts', message: 'one file and a document_type field at most' }],
    ),
  malformed: (why: string) =>
    new DomainError(ErrorType.InvalidRequest, ErrorCode.MalformedBody, `The multipart body cannot be read: ${why}.`),
};

/** Maps what @fastify/multipart and busboy throw while the body is read to the upload's public answers. */
export function uploadErrorOf(err: unknown): unknown {
  if (err instanceof DomainError) return err;
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return uploadErrors.tooLarge();
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return uploadErrors.notMultipart();
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return uploadErrors.tooManyParts();
    case 'FST_PROTO_VIOLATION':
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return uploadErrors.malformed((err as Error).message);
  }
  // busboy's own parse errors (no boundary, a part terminated early, an unexpected end) are the client's.
  if (err instanceof Error && /multipart|boundary|terminated early|unexpected end/i.test(err.message))
    return uploadErrors.malformed(err.message);
  return err;
}
