import { createServer, Server } from 'node:http';
import { WebhookSender } from '../deliveries/webhook-sender';
import { HostResolver } from '../ssrf/resolver';
import { UrlPolicy } from '../ssrf/url-policy';
import { attemptOutcome } from './webhook-attempts';

/** A loopback server answering each path's status, or never (`/hang`). */
async function listen(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    if (req.url === '/hang') return;
    res.writeHead(Number(req.url?.slice(1)) || 200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

describe('attemptOutcome: the outcome label of a webhook attempt', () => {
  it.each([
    [200, 'delivered'],
    [204, 'delivered'],
    [301, 'http_3xx'],
    [401, 'http_4xx'],
    [429, 'http_4xx'],
    [410, 'gone'],
    [500, 'http_5xx'],
    [503, 'http_5xx'],
  ])('an answer %i is %s', (statusCode, outcome) => {
    expect(attemptOutcome({ statusCode })).toBe(outcome);
  });

  it("an attempt that could not be made (the worker's internal error) is internal_error", () => {
    expect(attemptOutcome({ error: 'internal error: boom' })).toBe('internal_error');
  });

  // The errors without an answer are the sender's own texts: sent for real, so a change of wording shows here.
  describe('from what the real sender reports', () => {
    const policy: UrlPolicy = {
      allowHttp: true,
      allowPrivateHosts: ['127.0.0.1', 'loopback.test'],
      allowedPorts: [[1, 65535]],
    };
    const resolver: HostResolver = async (host) =>
      host === 'rebound.example' ? [{ address: '10.0.0.7', family: 4 }] : [{ address: '127.0.0.1', family: 4 }];
    let sender: WebhookSender;
    let receiver: { server: Server; base: string };

    beforeAll(async () => {
      receiver = await listen();
      sender = new WebhookSender(policy, resolver, 300, 4);
    });

    afterAll(async () => {
      sender.close();
      receiver.server.closeAllConnections();
      await new Promise((resolve) => receiver.server.close(resolve));
    });

    const outcomeOf = async (url: string) => attemptOutcome(await sender.send(url, {}, '{}'));

    it('delivered, http_5xx and gone from answers', async () => {
      expect(await outcomeOf(`${receiver.base}/200`)).toBe('delivered');
      expect(await outcomeOf(`${receiver.base}/502`)).toBe('http_5xx');
      expect(await outcomeOf(`${receiver.base}/410`)).toBe('gone');
    });

    it('timeout when the endpoint does not answer in time', async () => {
      expect(await outcomeOf(`${receiver.base}/hang`)).toBe('timeout');
    });

    it('connection_error when nothing listens', async () => {
      const closed = await listen();
      await new Promise((resolve) => closed.server.close(resolve));
      expect(await outcomeOf(`${closed.base}/200`)).toBe('connection_error');
    });

    it('blocked by the URL checks, and by the address check at connect time', async () => {
      expect(await outcomeOf('ftp://example.com/hook')).toBe('blocked');
      expect(await outcomeOf('http://rebound.example:8080/hook')).toBe('blocked');
    });
  });
});
