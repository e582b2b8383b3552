import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { healthPattern, HealthReply, NATS_SERVICES } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { residentSetBytes } from '@did/service-kit';

export interface ServicesHealth {
  status: 'ok' | 'degraded';
  services: Record<
    string,
    { status: 'ok'; uptime_seconds: number; rss_bytes: number } | { status: 'down'; error: string }
  >;
}

const PING_TIMEOUT_MS = 1_500;

@Injectable()
export class HealthService {
  constructor(
    private readonly em: EntityManager,
    private readonly rpc: RpcClient,
  ) {}

  async gateway(): Promise<{ status: 'ok'; service: 'gateway'; rss_bytes: number }> {
    await this.em.getConnection().execute('select 1');
    return { status: 'ok', service: 'gateway', rss_bytes: residentSetBytes() };
  }

  /** Asks every NATS service for its health in parallel; one slow service costs at most PING_TIMEOUT_MS. */
  async services(): Promise<ServicesHealth> {
    const entries = await Promise.all(
      NATS_SERVICES.map(async (service) => {
        try {
          const reply = await this.rpc.request(
            healthPattern(service),
            {},
            { timeoutMs: PING_TIMEOUT_MS, reply: HealthReply },
          );
          return [
            service,
            { status: 'ok' as const, uptime_seconds: reply.uptime_seconds, rss_bytes: reply.rss_bytes },
          ] as const;
        } catch (err) {
          return [service, { status: 'down' as const, error: (err as Error).message }] as const;
        }
      }),
    );
    return {
      status: entries.every(([, h]) => h.status === 'ok') ? 'ok' : 'degraded',
      services: Object.fromEntries(entries),
    };
  }
}
