import { connect, NatsConnection } from 'nats';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { newNatsPrefix, testNatsUrl } from '@did/testing';
import { PlainResponder, RpcClient } from '../src';

describe('PlainResponder: a pattern answered on a plain subscription, in the packets RpcClient reads (real NATS)', () => {
  const prefix = newNatsPrefix();
  let nc: NatsConnection;
  let client: RpcClient;
  const responders = [
    new PlainResponder('plain.sync', (data) => ({ echoed: (data as { text: string }).text })),
    new PlainResponder('plain.async', async (data) => ({ later: (data as { text: string }).text })),
    new PlainResponder('plain.refuse', () => {
      throw new DomainError(ErrorType.Conflict, 'plain_refused', 'not this one');
    }),
    new PlainResponder('plain.crash', async () => {
      throw new Error('secret internal detail');
    }),
  ];

  beforeAll(async () => {
    nc = await connect({ servers: testNatsUrl() });
    client = new RpcClient(nc, { service: 'test-caller', natsUrl: testNatsUrl(), prefix, rpcTimeoutMs: 10_000 });
    for (const r of responders) r.start(nc, { prefix, service: 'plain' });
    await nc.flush();
  });

  afterAll(async () => {
    for (const r of responders) r.stop();
    await nc.close();
  });

  it('answers synchronous and asynchronous handlers', async () => {
    await expect(client.request('plain.sync', { text: 'hi' })).resolves.toEqual({ echoed: 'hi' });
    await expect(client.request('plain.async', { text: 'there' })).resolves.toEqual({ later: 'there' });
  });

  it('sends a domain error with its type and code', async () => {
    const error = await client.request('plain.refuse', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ type: ErrorType.Conflict, code: 'plain_refused', message: 'not this one' });
  });

  it('turns any other error into an opaque internal error with an id, never its message', async () => {
    const error = (await client.request('plain.crash', {}).catch((e: unknown) => e)) as DomainError;
    expect(error).toMatchObject({ type: ErrorType.Internal, code: ErrorCode.InternalError });
    expect(error.message).toMatch(/error_id [0-9a-f-]{36}/);
    expect(error.message).not.toContain('secret');
  });

  it('a stopping responder still sends the answers it was computing (settle), and takes no new requests', async () => {
    let arrived!: () => void;
    const received = new Promise<void>((resolve) => (arrived = resolve));
    const slow = new PlainResponder('plain.slow', async () => {
      arrived();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return 'late but sent';
    });
    slow.start(nc, { prefix, service: 'plain' });
    await nc.flush();
    const pending = client.request('plain.slow', {});
    await received;
    slow.stop();
    await slow.settle(2_000);
    await expect(pending).resolves.toBe('late but sent');
    await expect(client.request('plain.slow', {})).rejects.toMatchObject({ type: ErrorType.Unavailable });
  });

  it('answers nothing once stopped: callers see no responders at once', async () => {
    const stopped = new PlainResponder('plain.gone', () => 'never');
    stopped.start(nc, { prefix, service: 'plain' });
    await nc.flush();
    await expect(client.request('plain.gone', {})).resolves.toBe('never');
    stopped.stop();
    await nc.flush();
    const error = (await client.request('plain.gone', {}).catch((e: unknown) => e)) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.type).toBe(ErrorType.Unavailable);
  });
});
