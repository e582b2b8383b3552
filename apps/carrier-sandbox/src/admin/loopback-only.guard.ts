import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import ipaddr from 'ipaddr.js';
import { DomainError, ErrorType } from '@did/contracts';
import { CarrierSandboxConfig, SANDBOX_CONFIG } from '../config';

/** Whether `address` (as the socket gives it, IPv6-mapped IPv4 included) is this machine's loopback. */
export function isLoopback(address: string | undefined): boolean {
  if (!address || !ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return parsed.range() === 'loopback';
}

/**
 * The admin routes (faults, porting decisions) change what every caller of the sandbox sees: they
 * answer only connections from loopback, whatever interface the carrier API itself listens on, unless
 * CARRIER_SANDBOX_ADMIN_REMOTE is set (a test bed driven from another machine). The socket's address is
 * judged, not X-Forwarded-For, which any client can write.
 */
@Injectable()
export class LoopbackOnlyGuard implements CanActivate {
  constructor(@Inject(SANDBOX_CONFIG) private readonly config: CarrierSandboxConfig) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.config.CARRIER_SANDBOX_ADMIN_REMOTE) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (isLoopback(request.socket.remoteAddress)) return true;
    throw new DomainError(
      ErrorType.Forbidden,
      'admin_loopback_only',
      'The sandbox admin routes answer only from this machine (loopback); set CARRIER_SANDBOX_ADMIN_REMOTE=true to allow others.',
    );
  }
}
