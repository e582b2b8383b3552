import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Agent } from 'undici';
import { exchange, ExchangeTimeout } from '@did/http-kit';
import { HostResolver } from '../ssrf/resolver';
import { guardedLookup } from '../ssrf/ssrf-guard';
import { checkUrl, UrlPolicy } from '../ssrf/url-policy';
import { AttemptResult } from './retry-policy';

export interface SendResult extends AttemptResult {
  latencyMs: number;
}

/** Where a URL that passed the static checks is sent: its origin and path, parsed once. */
interface Target {
  origin: string;
  path: string;
}

const USER_AGENT = 'did-platform-webhooks/1';

/** Endpoint URLs whose checks are remembered; past this many, the memory starts over (a worker sends to far fewer at once). */
const TARGETS_KEPT = 1024;

/**
 * POSTs one webhook, on undici's dispatcher (`exchange`): about a third less CPU per request than
 * node:http (measured, tools/bench/webhooks.ts). Redirects
 * are never followed (undici follows none without an interceptor), so a 3xx is just a failed attempt;
 * the address is checked as the socket connects (guardedLookup, handed to net/tls.connect) and IP
 * literals before that; the whole exchange, body included, must finish within the timeout. Keep-alive
 * connections are reused per origin.
 */
export class WebhookSender {
  private readonly agent: Agent;
  /** The static checks' verdict per URL (a target, or why it is refused): the policy does not change while the process runs. */
  private readonly targets = new Map<string, Target | string>();

  constructor(
    private readonly policy: UrlPolicy,
    resolver: HostResolver,
    private readonly timeoutMs: number,
    maxSockets: number,
  ) {
    const lookup: LookupFunction = guardedLookup(policy, resolver);
    // Per origin, not per endpoint: two endpoints on one host share these connections, so the limit is the
    // whole pool's (the per-endpoint cap is applied when deliveries are claimed). The connect and
    // response timeouts only free the connection; exchange's own timer bounds the whole exchange.
    this.agent = new Agent({
      connections: maxSockets,
      connect: { lookup, timeout: timeoutMs },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
  }

  send(url: string, headers: Record<string, string>, body: string): Promise<SendResult> {
    const target = this.target(url);
    if (typeof target === 'string') return Promise.resolve({ error: `refused: ${target}`, latencyMs: 0 });
    const list = ['content-type', 'application/json', 'user-agent', USER_AGENT];
    for (const name in headers) list.push(name, headers[name]);
    const started = performance.now();
    const latencyMs = () => Math.round(performance.now() - started);
    return exchange(
      this.agent,
      { origin: target.origin, path: target.path, method: 'POST', headers: list, body },
      this.timeoutMs,
      false,
    ).then(
      ({ status, headers: answered }) => {
        const retryAfter = answered['retry-after'];
        return {
          statusCode: status,
          retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
          latencyMs: latencyMs(),
        };
      },
      (err: Error) => ({
        error:
          err instanceof ExchangeTimeout
            ? err.message
            : `${(err as NodeJS.ErrnoException).code ?? 'error'}: ${err.message}`,
        latencyMs: latencyMs(),
      }),
    );
  }

  private target(url: string): Target | string {
    let target = this.targets.get(url);
    if (target === undefined) {
      try {
        const checked = checkUrl(url, this.policy).url;
        target = { origin: checked.origin, path: `${checked.pathname}${checked.search}` };
      } catch (err) {
        target = (err as Error).message;
      }
      if (this.targets.size >= TARGETS_KEPT) this.targets.clear();
      this.targets.set(url, target);
    }
    return target;
  }

  close(): void {
    void this.agent.destroy();
  }
}
