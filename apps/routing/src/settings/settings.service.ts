import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  ErrorCode,
  ErrorType,
  Events,
  RoutingSettingsPatch,
  ServiceName,
  SettingsGetManyReply,
  SettingsGetManyRequest,
  SettingsPatchReply,
  SettingsPatchRequest,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { ROUTING_CONFIG, RoutingConfig } from '../config';
import { NUMBER_SETTINGS, NUMBERS, sql } from '../db/sql';
import { canSee, configurableOrThrow, scopeOf, visibleOrThrow } from '../numbers/number-access';
import { loadStateByRef, loadStates, RoutingState, StoredSettings, userAccountOf } from '../numbers/routing-state';
import { CacheBus } from '../resolve/cache-bus';
import { blankSettings, platformDefaults, presentSettings } from './effective-settings';
import { applyPatch, canText, settingsViolations } from './settings-rules';

/** A number's routing settings: read for the composed resource, validated and applied for the composed PATCH. */
@Injectable()
export class SettingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    private readonly cacheBus: CacheBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
  ) {}

  private get platform() {
    return platformDefaults(this.config.ROUTING_DEFAULT_MAX_CHANNELS);
  }

  async getMany(request: SettingsGetManyRequest): Promise<SettingsGetManyReply> {
    const states = new Map(
      (await loadStates(this.em.fork(), [...new Set(request.number_ids)])).map((s) => [s.numberId, s]),
    );
    const data = request.number_ids.flatMap((id) => {
      const state = states.get(id);
      return state && canSee(request.caller, state) ? [presentSettings(state, this.platform)] : [];
    });
    return { data };
  }

  /** Every check apply makes, without writing: the settings as they would be. */
  async validate(request: SettingsPatchRequest): Promise<SettingsPatchReply> {
    const em = this.em.fork();
    const state = configurableOrThrow(
      visibleOrThrow(request.caller, request.number_id, await loadStateByRef(em, request.number_id)),
    );
    const { next, changed } = await this.check(em, state, request.patch);
    return { settings: presentSettings({ ...state, callerIdValid: true }, this.platform, next), changed };
  }

  async apply(request: SettingsPatchRequest): Promise<SettingsPatchReply> {
    const now = this.clock.now();
    const result = await this.em.fork().transactional(async (em) => {
      const found = await loadStateByRef(em, request.number_id);
      // The number row's lock orders concurrent patches of one number; the checks below see the winner's writes.
      if (found) await sql(em, `select 1 from ${NUMBERS} where number_id = ? for update`, [found.numberId]);
      const state = configurableOrThrow(
        visibleOrThrow(request.caller, request.number_id, found && (await loadStateByRef(em, found.numberId))),
      );
      const { next, changed } = await this.check(em, state, request.patch);
      if (changed.length) {
        await this.write(em, state.numberId, next);
        await appendToOutbox(
          em,
          ServiceName.Routing,
          Events.NumberRoutingUpdated,
          {
            number_id: state.numberId,
            phone_number: state.e164,
            account_id: userAccountOf(state),
            changes: Object.fromEntries(changed.map((k) => [k, request.patch[k]])),
            updated_at: now.toISOString(),
          },
          scopeOf(state),
          now,
        );
      }
      return { state, next: changed.length ? next : state.settings, changed };
    });
    if (result.changed.length) {
      this.cacheBus.announce({ e164s: [result.state.e164], number_ids: [result.state.numberId] });
      this.events.publishSoon();
    }
    return {
      settings: presentSettings({ ...result.state, callerIdValid: true }, this.platform, result.next),
      changed: result.changed,
    };
  }

  private async check(
    em: EntityManager,
    state: RoutingState,
    patch: RoutingSettingsPatch,
  ): Promise<{ next: StoredSettings; changed: (keyof RoutingSettingsPatch)[] }> {
    const now = this.clock.now();
    const { next, changed } = applyPatch(state.settings ?? blankSettings(now), patch, now);
    const callerIdOwned = patch.caller_id
      ? await this.isActiveNumberOf(em, patch.caller_id, userAccountOf(state))
      : true;
    const violations = settingsViolations(next, patch, {
      e164: state.e164,
      planMaxChannels: this.config.ROUTING_PLAN_MAX_CHANNELS,
      callerIdOwned,
      smsCapable: canText(state.capabilities),
    });
    if (violations.length) {
      throw new DomainError(
        ErrorType.Unprocessable,
        ErrorCode.NumberSettingsInvalid,
        violations.map((v) => `${v.field}: ${v.message}`).join('; '),
        violations,
      );
    }
    return { next, changed };
  }

  private async isActiveNumberOf(em: EntityManager, e164: string, account: string): Promise<boolean> {
    const rows = await sql(
      em,
      `select 1 from ${NUMBERS} where e164 = ? and status = 'active' and coalesce(tenant_account_id, owner_account_id) = ?`,
      [e164, account],
    );
    return rows.length > 0;
  }

  private async write(em: EntityManager, numberId: string, s: StoredSettings): Promise<void> {
    await sql(
      em,
      `insert into ${NUMBER_SETTINGS} (number_id, cnam_display_name, cnam_lookup_enabled, caller_id, tech_prefix_enabled, inbound_call_screening, messaging_enabled, recording, max_channels, voice_destination, sms_routing, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
       on conflict (number_id) do update set cnam_display_name = excluded.cnam_display_name, cnam_lookup_enabled = excluded.cnam_lookup_enabled, caller_id = excluded.caller_id,
         tech_prefix_enabled = excluded.tech_prefix_enabled, inbound_call_screening = excluded.inbound_call_screening, messaging_enabled = excluded.messaging_enabled,
         recording = excluded.recording, max_channels = excluded.max_channels, voice_destination = excluded.voice_destination, sms_routing = excluded.sms_routing, updated_at = excluded.updated_at`,
      [
        numberId,
        s.cnamDisplayName,
        s.cnamLookupEnabled,
        s.callerId,
        s.techPrefixEnabled,
        s.inboundCallScreening,
        s.messagingEnabled,
        s.recording,
        s.maxChannels,
        s.voiceDestination ? JSON.stringify(s.voiceDestination) : null,
        s.smsRouting ? JSON.stringify(s.smsRouting) : null,
        s.updatedAt,
      ],
    );
  }
}
