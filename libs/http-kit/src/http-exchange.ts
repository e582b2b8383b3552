import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';

/** One HTTP request, as undici's dispatcher takes it: headers as a flat name, value list. */
export interface ExchangeRequest {
  origin: string;
  path: string;
  method: 'GET' | 'POST';
  headers: string[];
  body?: string;
}

export interface ExchangeAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The response body as text; empty unless it was asked for (otherwise it is read and dropped, so the connection is reused). */
  text: string;
}

/** The exchange did not finish within its timeout. */
export class ExchangeTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`timeout after ${timeoutMs} ms`);
    this.name = 'ExchangeTimeout';
  }
}

/**
 * Sends one request on `dispatcher` (an undici Agent or Pool) and settles once the whole answer is in,
 * or rejects: with ExchangeTimeout when the whole exchange, body included, takes longer than
 * `timeoutMs`, else with the connection's error. On undici's lowest-level API, with no stream per
 * request: the platform's busiest HTTP clients (webhook deliveries, carrier polls) use it.
 */
export function exchange(
  dispatcher: Dispatcher,
  request: ExchangeRequest,
  timeoutMs: number,
  keepBody: boolean,
): Promise<ExchangeAnswer> {
  return new Promise((resolve, reject) =>
    dispatcher.dispatch(request, new ExchangeHandler(timeoutMs, keepBody, resolve, reject)),
  );
}

/**
 * Settles once, at the latest when the timeout runs out; a request still waiting for its connection
 * then is aborted as soon as it starts.
 */
class ExchangeHandler implements Dispatcher.DispatchHandler {
  private readonly timer: NodeJS.Timeout;
  private controller: Dispatcher.DispatchController | null = null;
  private settled = false;
  private status = 0;
  private headers: IncomingHttpHeaders = {};
  private readonly chunks: Buffer[] = [];

  constructor(
    private readonly timeoutMs: number,
    private readonly keepBody: boolean,
    private readonly resolve: (answer: ExchangeAnswer) => void,
    private readonly reject: (err: Error) => void,
  ) {
    this.timer = setTimeout(() => this.timeout(), timeoutMs);
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.settled) controller.abort(new ExchangeTimeout(this.timeoutMs));
  }

  onResponseStart(_controller: Dispatcher.DispatchController, status: number, headers: IncomingHttpHeaders): void {
    this.status = status;
    this.headers = headers;
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.keepBody) this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    if (this.settle())
      this.resolve({
        status: this.status,
        headers: this.headers,
        text: this.keepBody ? Buffer.concat(this.chunks).toString('utf8') : '',
      });
  }

  onResponseError(_controller: Dispatcher.DispatchController, err: Error): void {
    if (this.settle()) this.reject(err);
  }

  private timeout(): void {
    if (this.settle()) this.reject(new ExchangeTimeout(this.timeoutMs));
    this.controller?.abort(new ExchangeTimeout(this.timeoutMs));
  }

  /** True the first time only. */
  private settle(): boolean {
    if (this.settled) return false;
    this.settled = true;
    clearTimeout(this.timer);
    return true;
  }
}
