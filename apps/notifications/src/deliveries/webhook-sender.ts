import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { HostResolver } from '../ssrf/resolver';
import { guardedLookup } from '../ssrf/ssrf-guard';
import { checkUrl, UrlPolicy } from '../ssrf/url-policy';
import { AttemptResult } from './retry-policy';

export interface SendResult extends AttemptResult {
  latencyMs: number;
}

/**
 * POSTs one webhook. Redirects are never followed (node:http does not), so a 3xx is just a failed
 * attempt; the address is checked as the socket connects (see guardedLookup) and IP literals before
 * that; the whole exchange, body included, must finish within the timeout. Keep-alive agents reuse
 * connections to busy endpoints.
 */
export class WebhookSender {
  private readonly lookup: LookupFunction;
  private readonly agents: { http: http.Agent; https: https.Agent };

  constructor(
    private readonly policy: UrlPolicy,
    resolver: HostResolver,
    private readonly timeoutMs: number,
    maxSockets: number,
  ) {
    this.lookup = guardedLookup(policy, resolver);
    // Per host:port, not per endpoint: two endpoints on one host share these sockets, so the limit is the
    // whole pool's (the per-endpoint cap is applied when deliveries are claimed).
    this.agents = { http: new http.Agent({ keepAlive: true, maxSockets }), https: new https.Agent({ keepAlive: true, maxSockets }) };
  }

  send(url: string, headers: Record<string, string>, body: string): Promise<SendResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let target: URL;
    try {
      target = checkUrl(url, this.policy).url;
    } catch (err) {
      return Promise.resolve({ error: `refused: ${(err as Error).message}`, latencyMs: 0 });
    }
    const secure = target.protocol === 'https:';
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: AttemptResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ...result, latencyMs: elapsed() });
      };
      const request = (secure ? https : http).request(
        target,
        {
          method: 'POST',
          agent: secure ? this.agents.https : this.agents.http,
          lookup: this.lookup,
          headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'did-platform-webhooks/1' },
        },
        (res) => {
          const retryAfter = res.headers['retry-after'];
          res.on('error', (err) => finish({ error: err.message }));
          res.on('end', () => finish({ statusCode: res.statusCode, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter }));
          res.resume(); // the body is not kept, but it must be read for the connection to be reused
        },
      );
      const timer = setTimeout(() => request.destroy(new Error(`timeout after ${this.timeoutMs} ms`)), this.timeoutMs);
      request.on('error', (err) => finish({ error: err.message.startsWith('timeout') ? err.message : `${(err as NodeJS.ErrnoException).code ?? 'error'}: ${err.message}` }));
      request.end(body);
    });
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
