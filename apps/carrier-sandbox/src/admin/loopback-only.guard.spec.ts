import type { ExecutionContext } from '@nestjs/common';
import { DomainError } from '@did/contracts';
import { loadCarrierSandboxConfig } from '../config';
import { isLoopback, LoopbackOnlyGuard } from './loopback-only.guard';

function from(remoteAddress: string, headers: Record<string, string> = {}): ExecutionContext {
  const request = { socket: { remoteAddress }, headers };
  return { switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
}

describe('LoopbackOnlyGuard (the sandbox admin routes)', () => {
  const guard = new LoopbackOnlyGuard(loadCarrierSandboxConfig({}));

  it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])('lets %s in', (address) => {
    expect(guard.canActivate(from(address))).toBe(true);
  });

  it.each(['192.0.2.2', '10.0.0.5', 'fd00::2', '::ffff:10.0.0.1', '0.0.0.0'])(
    'refuses %s with 403 admin_loopback_only',
    (address) => {
      let thrown: unknown;
      try {
        guard.canActivate(from(address));
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(DomainError);
      expect(thrown).toMatchObject({ type: 'forbidden', code: 'admin_loopback_only' });
    },
  );

  it('judges the socket, not X-Forwarded-For, which any client can write', () => {
    expect(() => guard.canActivate(from('192.0.2.2', { 'x-forwarded-for': '127.0.0.1' }))).toThrow(DomainError);
  });

  it('lets any address in when CARRIER_SANDBOX_ADMIN_REMOTE is set', () => {
    const open = new LoopbackOnlyGuard(loadCarrierSandboxConfig({ CARRIER_SANDBOX_ADMIN_REMOTE: 'true' }));
    expect(open.canActivate(from('192.0.2.2'))).toBe(true);
  });

  it('reads no address as not loopback', () => {
    expect(isLoopback(undefined)).toBe(false);
    expect(isLoopback('not an address')).toBe(false);
  });
});
