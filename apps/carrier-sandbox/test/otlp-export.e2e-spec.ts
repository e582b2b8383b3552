import http from 'node:http';
import net from 'node:net';
import { connect, NatsConnection } from 'nats';
import { healthPattern } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { ServiceProcess } from '@did/service-testing';
import { runWithTrace } from '@did/service-kit';
import { createTestWorld, freePort, TestWorld, waitFor } from '@did/testing';

/*
 * Issue 18: with OTEL_EXPORTER_OTLP_ENDPOINT set, a service exports its spans over OTLP (http/protobuf)
 * with the trace ids of the requests that caused them. The service runs as a process (the SDK patches
 * modules as they load) and exports to a tiny collector here; the protobuf is not decoded: a span's
 * trace id is its 16 raw bytes, found in the body.
 */
jest.setTimeout(120_000);

describe('OpenTelemetry export (carrier sandbox as a process, a local OTLP receiver)', () => {
  let world: TestWorld;
  let nc: NatsConnection;
  let rpc: RpcClient;
  let sandbox: ServiceProcess;
  let baseUrl: string;
  const exported: Buffer[] = [];
  let collector: http.Server;

  beforeAll(async () => {
    world = await createTestWorld();
    collector = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.url === '/v1/traces') exported.push(Buffer.concat(chunks));
        res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    nc = await connect({ servers: world.config.NATS_URL });
    rpc = new RpcClient(nc, {
      service: 'test',
      natsUrl: world.config.NATS_URL,
      prefix: world.prefix,
      rpcTimeoutMs: 5_000,
    });
    sandbox = new ServiceProcess(
      'carrier-sandbox',
      {
        DATABASE_URL: world.db.url,
        NATS_URL: world.config.NATS_URL,
        NATS_PREFIX: world.prefix,
        DATABASE_POOL_MAX: '2',
        CARRIER_SANDBOX_PORT: String(port),
        LOG_LEVEL: 'debug',
        LOG_FORMAT: 'json',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as net.AddressInfo).port}`,
        OTEL_BSP_SCHEDULE_DELAY: '200',
      },
      rpc,
    );
    await sandbox.start(90_000);
  });

  afterAll(async () => {
    await sandbox?.stop();
    await nc?.close();
    await new Promise((resolve) => collector?.close(resolve));
    await world?.cleanup();
  });

  const exportedTrace = (traceId: string) => exported.some((body) => body.includes(Buffer.from(traceId, 'hex')));

  it("exports the HTTP request's spans in the caller's trace", async () => {
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    await waitFor(
      () =>
        fetch(`${baseUrl}/admin/faults`, { headers: { traceparent: `00-${traceId}-b7ad6b7169203331-01` } }).then(
          (r) => r.ok,
          () => false,
        ),
      { what: 'the sandbox to answer' },
    );
    await waitFor(() => exportedTrace(traceId), {
      what: `spans of trace ${traceId} at the collector`,
      timeoutMs: 15_000,
    });
  });

  it("exports a span for a NATS request in the caller's trace, and logs the handler's line with that trace", async () => {
    const traceId = '5b8efff798038103d269b633813fc60c';
    await runWithTrace({ traceId, spanId: 'eee19b7ec3c1b174', sampled: true }, () =>
      rpc.request(healthPattern('carrier-sandbox'), {}),
    );
    await waitFor(() => exportedTrace(traceId), {
      what: `the NATS hop's span of trace ${traceId} at the collector`,
      timeoutMs: 15_000,
    });
    expect(exported.some((body) => body.includes(Buffer.from(traceId, 'hex')) && body.includes('rpc '))).toBe(true);
    const lines = sandbox.stdoutLines.flatMap((l) => {
      try {
        return [JSON.parse(l)];
      } catch {
        return [];
      }
    });
    expect(lines.some((l) => l.trace_id === traceId && l.context === 'rpc')).toBe(true);
  });
});
