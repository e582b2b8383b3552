import { ok } from '../../api/client';
import { FormEvent, useState } from 'react';
import { useConsole } from '../../context';
import { prettyNumber } from '../../format';
import { Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction } from '../../use-resource';
import type { TabProps } from './edit-number';
import type { VoiceDestination } from '../../api/types';

const DESTINATIONS = [
  { value: '', label: 'Not configured (tenant default behaviour)', hint: '' },
  { value: 'extension', label: 'Extension', hint: '1 to 10 digits' },
  { value: 'queue', label: 'Call queue', hint: 'queue id' },
  { value: 'team_member', label: 'Team member', hint: 'member id' },
  { value: 'ai_agent', label: 'AI agent', hint: 'agent id' },
  { value: 'voicemail', label: 'Voicemail', hint: 'voicemail box id' },
  { value: 'auto_attendant', label: 'Auto-attendant', hint: 'auto-attendant id' },
  { value: 'sip_uri', label: 'SIP URI', hint: 'sip:support@pbx.example.com' },
  { value: 'forward', label: 'Forward to a number', hint: 'E.164, e.g. +15125550100' },
];

/** Call Routing: destination, caller ID and CNAM, max channels, recording and screening (PATCH /v1/numbers/{id}). */
export function CallRoutingTab({ number, reload }: TabProps) {
  const { api } = useConsole();
  const [destType, setDestType] = useState(number.voice_destination?.type ?? '');
  const [target, setTarget] = useState(number.voice_destination?.target ?? '');
  const [callerId, setCallerId] = useState(number.caller_id ?? '');
  const [cnam, setCnam] = useState(number.cnam_display_name ?? '');
  const [channels, setChannels] = useState(number.max_channels === null ? '' : String(number.max_channels));
  const [recording, setRecording] = useState(number.recording === null ? 'inherit' : number.recording ? 'on' : 'off');
  const [screening, setScreening] = useState(number.inbound_call_screening ?? 'disabled');
  const action = useAction();
  const hint = DESTINATIONS.find((d) => d.value === destType)?.hint;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      await ok(
        api.client.PATCH('/v1/numbers/{id}', {
          params: { path: { id: number.id } },
          body: {
            voice_destination: destType ? ({ type: destType, target: target.trim() } as VoiceDestination) : null,
            caller_id: callerId.trim() || null,
            cnam_display_name: cnam.trim() || null,
            max_channels: channels ? Number(channels) : null,
            recording: recording === 'inherit' ? null : recording === 'on',
            inbound_call_screening: screening,
          },
        }),
      );
      await reload();
      return 'Call routing saved.';
    });
  };

  return (
    <form onSubmit={submit} aria-label="Call routing">
      <p>Phone number: {prettyNumber(number.e164)}</p>
      <fieldset>
        <legend>Destination</legend>
        <Field label="Send calls to">
          {(p) => (
            <select {...p} value={destType} onChange={(e) => setDestType(e.target.value)}>
              {DESTINATIONS.map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {destType ? (
          <Field label="Target" hint={hint}>
            {(p) => <input {...p} value={target} onChange={(e) => setTarget(e.target.value)} required />}
          </Field>
        ) : null}
      </fieldset>
      <Field
        label="Caller ID"
        hint={`The number shown on outbound calls: empty means this number (effective: ${number.effective?.caller_id ?? number.e164})`}
      >
        {(p) => (
          <input
            {...p}
            inputMode="tel"
            value={callerId}
            onChange={(e) => setCallerId(e.target.value)}
            placeholder={number.e164}
          />
        )}
      </Field>
      <Field
        label="Caller ID name (CNAM)"
        hint="Up to 15 letters, digits and spaces; empty inherits the tenant default. Carriers cache it for about a day."
      >
        {(p) => <input {...p} maxLength={15} value={cnam} onChange={(e) => setCnam(e.target.value)} />}
      </Field>
      <Field
        label="Max channels"
        hint={`Simultaneous calls; empty inherits the default (effective: ${number.effective?.max_channels ?? 2})`}
      >
        {(p) => (
          <input
            {...p}
            type="number"
            min={1}
            max={1000}
            value={channels}
            onChange={(e) => setChannels(e.target.value)}
          />
        )}
      </Field>
      <Field label="Call recording">
        {(p) => (
          <select {...p} value={recording} onChange={(e) => setRecording(e.target.value)}>
            <option value="inherit">Tenant default ({number.effective?.recording ? 'on' : 'off'})</option>
            <option value="on">Record calls</option>
            <option value="off">Do not record</option>
          </select>
        )}
      </Field>
      <Field label="Inbound call screening">
        {(p) => (
          <select {...p} value={screening} onChange={(e) => setScreening(e.target.value as typeof screening)}>
            <option value="disabled">Off</option>
            <option value="flag_calls">Flag suspicious calls</option>
            <option value="reject_calls">Reject suspicious calls</option>
          </select>
        )}
      </Field>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      <button type="submit" disabled={action.busy}>
        {action.busy ? 'Saving…' : 'Save call routing'}
      </button>
    </form>
  );
}
