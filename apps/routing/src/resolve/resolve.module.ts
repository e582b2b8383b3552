import { Global, Module } from '@nestjs/common';
import { CacheBus } from './cache-bus';
import { ResolveCache } from './resolve-cache';
import { ResolveResponder } from './resolve.responder';
import { ResolveMessageResponder } from './resolve-message.responder';

/** routing.resolve and routing.resolve_message from memory, and the cache invalidations every write announces (global: every feature announces). */
@Global()
@Module({
  providers: [ResolveCache, CacheBus, ResolveResponder, ResolveMessageResponder],
  exports: [CacheBus, ResolveCache, ResolveResponder, ResolveMessageResponder],
})
export class ResolveModule {}
