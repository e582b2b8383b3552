import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { urlToHttpOptions } from 'node:url';
import { HostResolver } from '../ssrf/resolver';
import { guardedLookup } from '../ssrf/ssrf-guard';
import { checkUrl, UrlPolicy } from '../ssrf/url-policy';
import { AttemptResult } from './retry-policy';

export interface SendResult extends AttemptResult {
  latencyMs: number;
}

/** Where a URL that passed the static checks is sent: its request options (host, port, path) and Host header, parsed once. */
interface Target {
  secure: boolean;
  options: http.RequestOptions;
  host: string;
}

const USER_AGENT = 'did-platform-webhooks/1';

/** Endpoint URLs whose checks are remembered; past this many, the memory starts over (a worker sends to far fewer at once). */
const TARGETS_KEPT = 1024;

/**
 * POSTs one webhook. Redirects are never followed (node:http does not), so a 3xx is just a failed
 * attempt; the address is checked as the socket connects (see guardedLookup) and IP literals before
 * that; the whole exchange, body included, must finish within the timeout. Keep-alive agents reuse
 * connections to busy endpoints.
 */
export class WebhookSender {
  private readonly lookup: LookupFunction;
  private readonly agents: { http: http.Agent; https: https.Agent };
  /** The static checks' verdict per URL (a target, or why it is refused): the policy does not change while the process runs. */
  private readonly targets = new Map<string, Target | string>();

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
    const target = this.target(url);
    if (typeof target === 'string') return Promise.resolve({ error: `refused: ${target}`, latencyMs: 0 });
    const { secure, options } = target;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: AttemptResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ...result, latencyMs: elapsed() });
      };
      // Headers as a flat list: node:http then writes them as given instead of storing each in its header map
      // (a measurable share of a request's CPU), and adds no Host of its own, so it is sent here.
      const list = ['host', target.host, 'content-type', 'application/json', 'content-length', String(Buffer.byteLength(body)), 'user-agent', USER_AGENT];
      for (const name in headers) list.push(name, headers[name]);
      const request = (secure ? https : http).request(
        { ...options, headers: list as unknown as http.OutgoingHttpHeaders },
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

  private target(url: string): Target | string {
    let target = this.targets.get(url);
    if (target === undefined) {
      try {
        const checked = checkUrl(url, this.policy).url;
        const secure = checked.protocol === 'https:';
        const { protocol, hostname, port, path } = urlToHttpOptions(checked);
        target = { secure, host: checked.host, options: { protocol, hostname, port, path, method: 'POST', agent: secure ? this.agents.https : this.agents.http, lookup: this.lookup } };
      } catch (err) {
        target = (err as Error).message;
      }
      if (this.targets.size >= TARGETS_KEPT) this.targets.clear();
      this.targets.set(url, target);
    }
    return target;
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
