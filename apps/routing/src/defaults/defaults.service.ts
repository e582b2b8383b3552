import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DefaultsGetRequest,
  DefaultsSetRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  Events,
  ServiceName,
  TenantDefaults,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { ROUTING_CONFIG, RoutingConfig } from '../config';
import { ACCOUNT_DEFAULTS, sql } from '../db/sql';
import type { StoredDefaults } from '../numbers/routing-state';
import { CacheBus } from '../resolve/cache-bus';
import { platformDefaults, presentDefaults } from '../settings/effective-settings';

interface Row {
  cnam_display_name: string | null;
  unconfigured_number: StoredDefaults['unconfiguredNumber'];
  recording: boolean;
  max_channels: number;
  updated_at: Date;
}

/**
 * An account's defaults for the numbers it uses (its own, and those assigned to it). The gateway has
 * checked the caller may act on the account and sends it as the caller.
 */
@Injectable()
export class DefaultsService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    private readonly cacheBus: CacheBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
  ) {}

  private get platform(): StoredDefaults {
    return platformDefaults(this.config.ROUTING_DEFAULT_MAX_CHANNELS);
  }

  async get(request: DefaultsGetRequest): Promise<TenantDefaults> {
    return presentDefaults(
      request.caller.account_id,
      await this.stored(this.em.fork(), request.caller.account_id),
      this.platform,
    );
  }

  async set(request: DefaultsSetRequest): Promise<TenantDefaults> {
    const { patch } = request;
    const accountId = request.caller.account_id;
    if (patch.max_channels !== undefined && patch.max_channels > this.config.ROUTING_PLAN_MAX_CHANNELS) {
      const limit = this.config.ROUTING_PLAN_MAX_CHANNELS;
      throw new DomainError(
        ErrorType.Unprocessable,
        ErrorCode.NumberSettingsInvalid,
        `max_channels: the plan allows at most ${limit}`,
        [
          {
            field: 'max_channels',
            rule: `max:${limit}`,
            message: `the plan allows at most ${limit} simultaneous calls per number`,
          },
        ],
      );
    }
    const now = this.clock.now();
    const saved = await this.em.fork().transactional(async (em) => {
      const current = (await this.stored(em, accountId, true)) ?? this.platform;
      const next: StoredDefaults = {
        cnamDisplayName: patch.cnam_display_name !== undefined ? patch.cnam_display_name : current.cnamDisplayName,
        unconfiguredNumber: patch.unconfigured_number ?? current.unconfiguredNumber,
        recording: patch.recording ?? current.recording,
        maxChannels: patch.max_channels ?? current.maxChannels,
        updatedAt: now,
      };
      await sql(
        em,
        `insert into ${ACCOUNT_DEFAULTS} (account_id, cnam_display_name, unconfigured_number, recording, max_channels, updated_at) values (?, ?, ?::jsonb, ?, ?, ?)
         on conflict (account_id) do update set cnam_display_name = excluded.cnam_display_name, unconfigured_number = excluded.unconfigured_number,
           recording = excluded.recording, max_channels = excluded.max_channels, updated_at = excluded.updated_at`,
        [
          accountId,
          next.cnamDisplayName,
          JSON.stringify(next.unconfiguredNumber),
          next.recording,
          next.maxChannels,
          now,
        ],
      );
      const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      await appendToOutbox(
        em,
        ServiceName.Routing,
        Events.AccountDefaultsUpdated,
        { account_id: accountId, changes, updated_at: now.toISOString() },
        { accountId, partnerId: request.caller.partner_id },
        now,
      );
      return next;
    });
    this.cacheBus.announce({ account_ids: [accountId] });
    this.events.publishSoon();
    return presentDefaults(accountId, saved, this.platform);
  }

  private async stored(em: EntityManager, accountId: string, lock = false): Promise<StoredDefaults | null> {
    const [row] = await sql<Row>(
      em,
      `select * from ${ACCOUNT_DEFAULTS} where account_id = ?${lock ? ' for update' : ''}`,
      [accountId],
    );
    return row
      ? {
          cnamDisplayName: row.cnam_display_name,
          unconfiguredNumber: row.unconfigured_number,
          recording: row.recording,
          maxChannels: row.max_channels,
          updatedAt: new Date(row.updated_at),
        }
      : null;
  }
}
