import { Global, Module } from '@nestjs/common';
import { CacheBus } from './cache-bus';
import { ResolveCache } from './resolve-cache';
import { ResolveResponder } from './resolve.responder';

/** routing.resolve from memory, and the cache invalidations every write announces (global: every feature announces). */
@Global()
@Module({ providers: [ResolveCache, CacheBus, ResolveResponder], exports: [CacheBus, ResolveCache, ResolveResponder] })
export class ResolveModule {}
