import { DomainError, ErrorCode, ErrorType, MAX_PORTING_DOCUMENT_BYTES } from '@did/contracts';

/** One part of a multipart/form-data body. */
export interface FormPart {
  name: string;
  filename: string | null;
  data: Buffer;
}

/** Room for the part headers and the other fields around a largest file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export function documentTooLarge(): DomainError {
  return new DomainError(ErrorType.PayloadTooLarge, ErrorCode.DocumentTooLarge, `A porting document may be at most ${MAX_PORTING_DOCUMENT_BYTES} bytes (10 MB).`);
}

/**
 * Splits a multipart/form-data body (RFC 7578) into its parts. Bodies here are bounded (one document
 * and a few fields), so they are parsed whole rather than streamed.
 */
export function parseMultipart(body: Buffer, contentType: string): FormPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const malformed = (why: string) => new DomainError(ErrorType.InvalidRequest, ErrorCode.MalformedBody, `The multipart body cannot be read: ${why}.`);
  if (!boundary) throw malformed('no boundary in Content-Type');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: FormPart[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) throw malformed('no part');
  for (;;) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const headerEnd = body.indexOf('\r\n\r\n', start);
    if (headerEnd < 0) throw malformed('a part has no header end');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) throw malformed('a part is not closed');
    const headers = body.subarray(start + 2, headerEnd).toString('utf8');
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) throw malformed('a part has no name');
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
    parts.push({ name, filename, data: body.subarray(headerEnd + 4, next) });
    at = next + 2;
  }
  return parts;
}
