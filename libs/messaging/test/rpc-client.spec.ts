import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { connect, NatsConnection } from 'nats';
import { DomainError, ErrorCode, ErrorType, rpcSubject } from '@did/contracts';
import { newNatsPrefix, testNatsUrl } from '@did/testing';
import { PrefixedServerNats, RpcClient, RpcErrorFilter } from '../src';

@Controller()
class EchoController {
  @MessagePattern('echo.say')
  say(@Payload() data: { text: string }) {
    return { echoed: data.text };
  }

  @MessagePattern('echo.refuse')
  refuse() {
    throw new DomainError(ErrorType.Conflict, 'echo_refused', 'echo does not want to');
  }

  @MessagePattern('echo.crash')
  crash() {
    throw new Error('secret internal detail');
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

describe('request/reply over NATS (real NATS)', () => {
  const prefix = newNatsPrefix();
  let nc: NatsConnection;
  let client: RpcClient;
  let server: INestMicroservice;

  beforeAll(async () => {
    nc = await connect({ servers: testNatsUrl() });
    client = new RpcClient(nc, { service: 'test-caller', natsUrl: testNatsUrl(), prefix, rpcTimeoutMs: 60_000 });
    const ref = await Test.createTestingModule({ imports: [EchoModule] }).compile();
    server = ref.createNestMicroservice({
      strategy: new PrefixedServerNats(prefix, { servers: testNatsUrl(), queue: 'echo' }),
      logger: false,
    });
    server.useGlobalFilters(new RpcErrorFilter());
    await server.listen();
  });

  afterAll(async () => {
    await server.close();
    await nc.close();
  });

  it('answers through the prefixed subject in the service queue group', async () => {
    await expect(client.request('echo.say', { text: 'hi' })).resolves.toEqual({ echoed: 'hi' });
  });

  it('carries a domain error across the wire as {type, code, message}', async () => {
    const error = await client.request('echo.refuse', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ type: ErrorType.Conflict, code: 'echo_refused', message: 'echo does not want to' });
  });

  it('turns an unexpected error into an opaque internal error with an id', async () => {
    const error = (await client.request('echo.crash', {}).catch((e: unknown) => e)) as DomainError;
    expect(error).toMatchObject({ type: ErrorType.Internal, code: ErrorCode.InternalError });
    expect(error.message).toMatch(/error_id [0-9a-f-]{36}/);
    expect(error.message).not.toContain('secret internal detail');
  });

  // The client's timeout is 60 s and Jest's 10 s: passing proves "no responders" comes back at once.
  it('fails fast with service_unavailable when no instance of the service is running', async () => {
    const error = await client.request('inventory.search', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ type: ErrorType.Unavailable, code: ErrorCode.ServiceUnavailable });
    expect((error as Error).message).toContain('inventory');
  }, 10_000);

  it('gives up with service_timeout when a service is subscribed but does not answer in time', async () => {
    const silent = nc.subscribe(rpcSubject(prefix, 'slow.op'), { queue: 'slow' }); // receives, never replies
    try {
      const error = await client.request('slow.op', {}, { timeoutMs: 200 }).catch((e: unknown) => e);
      expect(error).toMatchObject({ type: ErrorType.Timeout, code: ErrorCode.ServiceTimeout });
    } finally {
      silent.unsubscribe();
    }
  });

  it('does not answer a request made under another deployment prefix', async () => {
    const other = new RpcClient(nc, {
      service: 'other',
      natsUrl: testNatsUrl(),
      prefix: newNatsPrefix(),
      rpcTimeoutMs: 1000,
    });
    await expect(other.request('echo.say', { text: 'hi' })).rejects.toMatchObject({
      code: ErrorCode.ServiceUnavailable,
    });
  });
});
