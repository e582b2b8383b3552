import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { InboundCallScreening, SmsRouting, VoiceDestination } from '@did/contracts';

/** A number's own routing settings. Null on an inheriting column means "the account's default". */
@Entity({ tableName: 'number_settings' })
@Check({
  name: 'number_settings_screening_check',
  expression: "inbound_call_screening in ('disabled', 'flag_calls', 'reject_calls')",
})
@Check({ name: 'number_settings_max_channels_check', expression: 'max_channels is null or max_channels >= 1' })
export class NumberSettingsRow {
  @PrimaryKey({ type: 'text' })
  numberId!: string;

  @Property({ type: 'text', nullable: true })
  cnamDisplayName: string | null = null;

  @Property({ type: 'boolean', default: false })
  cnamLookupEnabled = false;

  @Property({ type: 'text', nullable: true })
  callerId: string | null = null;

  @Property({ type: 'boolean', default: false })
  techPrefixEnabled = false;

  @Property({ type: 'text', default: 'disabled' })
  inboundCallScreening: InboundCallScreening = 'disabled';

  @Property({ type: 'boolean', default: false })
  messagingEnabled = false;

  @Property({ type: 'boolean', nullable: true })
  recording: boolean | null = null;

  @Property({ type: 'integer', nullable: true })
  maxChannels: number | null = null;

  @Property({ type: 'jsonb', nullable: true })
  voiceDestination: VoiceDestination | null = null;

  @Property({ type: 'jsonb', nullable: true })
  smsRouting: SmsRouting | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
