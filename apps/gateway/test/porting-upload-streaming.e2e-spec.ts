import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { PortingWorld, startPortingWorld } from './porting-world';

jest.setTimeout(120_000);

/** A multipart body of `size` bytes: one file part of filler around `head`, with its boundary. */
function multipartBody(size: number, head = Buffer.from('%PDF-1.7\n')): { contentType: string; body: Buffer } {
  const start = Buffer.from(
    '--b0undary\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n',
  );
  const end = Buffer.from('\r\n--b0undary--\r\n');
  const filler = Buffer.alloc(size - start.length - end.length - head.length, 0x41);
  return { contentType: 'multipart/form-data; boundary=b0undary', body: Buffer.concat([start, head, filler, end]) };
}

/**
 * Sends the headers of a `body.length`-byte request and only its first `sent` bytes, then waits for an
 * answer: a server that reads the whole body before answering never answers (the rest is never sent).
 */
function answerBeforeWholeBody(
  url: string,
  headers: Record<string, string>,
  body: Buffer,
  sent: number,
): Promise<{ status: number; text: string } | 'no answer'> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': String(body.length) } },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, text });
          req.destroy();
        });
      },
    );
    req.on('error', (err) => reject(err));
    req.write(body.subarray(0, sent));
    // Generous: the answer to a request the server need not read comes in milliseconds.
    setTimeout(() => {
      resolve('no answer');
      req.destroy();
    }, 60_000).unref();
  });
}

describe('porting document uploads: multipart read only by the upload route, after authentication (e2e)', () => {
  let w: PortingWorld;
  let tenant: { id: string; key: string };

  beforeAll(async () => {
    w = await startPortingWorld();
    const partner = await w.gw.newPartner('Partner');
    tenant = await w.gw.newTenant(partner, 'Acme');
  });

  afterAll(async () => {
    await w?.close();
  });

  it('answers 401 to an unauthenticated 9 MB multipart body while most of it is still unsent', async () => {
    const { contentType, body } = multipartBody(9 * 1024 * 1024);
    const answer = await answerBeforeWholeBody(
      `${w.gw.baseUrl}/v1/accounts`,
      { 'content-type': contentType },
      body,
      64 * 1024,
    );
    expect(answer).not.toBe('no answer');
    expect(answer).toMatchObject({ status: 401 });
    expect(JSON.parse((answer as { text: string }).text)).toMatchObject({ code: 'api_key_missing' });
  });

  it('answers 401 on the upload route too without reading the body', async () => {
    const { contentType, body } = multipartBody(9 * 1024 * 1024);
    const answer = await answerBeforeWholeBody(
      `${w.gw.baseUrl}/v1/numbers/porting-documents`,
      { 'content-type': contentType },
      body,
      64 * 1024,
    );
    expect(answer).toMatchObject({ status: 401 });
  });

  it('stores an authenticated PDF streamed in chunks, with document_type after the file', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(700 * 1024, 0x42)]);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'loa.pdf');
    form.append('document_type', 'invoice');
    const res = await fetch(`${w.gw.baseUrl}/v1/numbers/porting-documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tenant.key}` },
      body: form,
    });
    const stored = (await res.json()) as any;
    expect(res.status).toBe(201);
    expect(stored).toMatchObject({
      document_type: 'invoice',
      content_type: 'application/pdf',
      size_bytes: pdf.length,
      chunks: 3,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    const file = await fetch(`${w.gw.baseUrl}/v1/numbers/porting-documents/${stored.id}/file`, {
      headers: { authorization: `Bearer ${tenant.key}` },
    });
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('refuses a file over 10 MB sent without a Content-Length (chunked) with 413 document_too_large', async () => {
    const { contentType, body } = multipartBody(11 * 1024 * 1024);
    const stream = new ReadableStream({
      start(controller) {
        for (let at = 0; at < body.length; at += 512 * 1024)
          controller.enqueue(new Uint8Array(body.subarray(at, at + 512 * 1024)));
        controller.close();
      },
    });
    const res = await fetch(`${w.gw.baseUrl}/v1/numbers/porting-documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tenant.key}`, 'content-type': contentType },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'document_too_large' });
  });

  it('refuses a body that is not multipart with 415 and an unknown part with 400', async () => {
    const json = await w.gw.call('POST', '/v1/numbers/porting-documents', { key: tenant.key, body: { file: 'x' } });
    expect(json).toMatchObject({ status: 415, body: { code: 'unsupported_media_type' } });
    const form = new FormData();
    form.append('note', 'hello');
    form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.7\n'))]), 'a.pdf');
    const res = await fetch(`${w.gw.baseUrl}/v1/numbers/porting-documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tenant.key}` },
      body: form,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'unknown_field',
      errors: [expect.objectContaining({ field: 'note' })],
    });
    const noFile = new FormData();
    noFile.append('document_type', 'loa');
    const missing = await fetch(`${w.gw.baseUrl}/v1/numbers/porting-documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tenant.key}` },
      body: noFile,
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ field: 'file', rule: 'required' })],
    });
  });
});
