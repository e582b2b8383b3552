import http from 'node:http';
import https from 'node:https';
import { z } from 'zod';

/**
 * A carrier call that did not give a usable answer: no answer in time or at all (`status` null), an
 * error status, or a body that breaks the carrier contract. Callers retry or map it; they never show
 * it to a client as is.
 */
export class CarrierCallError extends Error {
  constructor(
    message: string,
    /** HTTP status, or null when no answer came back (timeout, connection refused). */
    readonly status: number | null,
    /** The carrier's error code (`carrier_down`, `carrier_order_not_found`, ...) when it sent one. */
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'CarrierCallError';
  }

  /** True for answers that will not change on a retry (4xx other than 408/429). */
  get permanent(): boolean {
    return this.status !== null && this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429;
  }
}

/** Where the carrier is and how long a call may take. */
export interface CarrierEndpoint {
  baseUrl: string;
  timeoutMs: number;
}

/**
 * One JSON call to the carrier's HTTP API (the sandbox in development) with a timeout, the answer
 * checked against its contract. Every service that talks to the carrier (inventory, porting,
 * routing) goes through here, so they fail the same way.
 */
export async function callCarrier<T>(carrier: CarrierEndpoint, method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
  const url = new URL(path, carrier.baseUrl);
  let answer: { status: number; text: string };
  try {
    answer = await exchange(url, method, body === undefined ? undefined : JSON.stringify(body), carrier.timeoutMs);
  } catch (err) {
    const timedOut = err instanceof CarrierTimeout;
    throw new CarrierCallError(`carrier ${method} ${path}: ${timedOut ? `no answer within ${carrier.timeoutMs} ms` : (err as Error).message}`, null, null);
  }
  const { status, text } = answer;
  const json = parseJson(text);
  if (status < 200 || status > 299) {
    const error = json as { code?: unknown; message?: unknown } | undefined;
    const code = typeof error?.code === 'string' ? error.code : null;
    throw new CarrierCallError(`carrier ${method} ${path} answered ${status}${code ? ` ${code}` : ''}: ${typeof error?.message === 'string' ? error.message : text.slice(0, 200)}`, status, code);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new CarrierCallError(`carrier ${method} ${path} answered a body outside the carrier contract: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, status, null);
  }
  return parsed.data;
}

class CarrierTimeout extends Error {}

/**
 * Keep-alive connections to the carrier, shared by every call of the process. node:http rather than
 * fetch: the platform polls the carrier for every order it places, and fetch's web streams cost
 * several times node:http's CPU per call.
 */
const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 64 }), https: new https.Agent({ keepAlive: true, maxSockets: 64 }) };

/** Sends the request and reads the whole answer, all within `timeoutMs`. */
function exchange(url: URL, method: string, body: string | undefined, timeoutMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    const headers: http.OutgoingHttpHeaders = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    const request = (secure ? https : http).request(url, { method, headers, agent: secure ? agents.https : agents.http }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    const timer = setTimeout(() => request.destroy(new CarrierTimeout()), timeoutMs);
    function fail(err: Error) {
      clearTimeout(timer);
      reject(err);
    }
    request.on('error', fail);
    request.end(body);
  });
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
