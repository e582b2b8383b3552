import { ok } from '../../api/client';
import { FormEvent, useState } from 'react';
import { useConsole } from '../../context';
import { Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction } from '../../use-resource';
import type { TabProps } from './edit-number';

const DEST_TYPES = [
  { value: 'team_member', label: 'Team member' },
  { value: 'team', label: 'Team' },
  { value: 'ai_agent', label: 'AI agent' },
  { value: 'webhook', label: 'Webhook' },
];

/** SMS Routing: messaging on/off, the inbox and who receives inbound texts (PATCH sms_routing). */
export function SmsRoutingTab({ number, reload }: TabProps) {
  const { api } = useConsole();
  const current = number.sms_routing ?? { enabled: false, inbox_type: null, inbox: null, destinations: [] };
  const [messaging, setMessaging] = useState(number.messaging_enabled ?? false);
  const [enabled, setEnabled] = useState(current.enabled);
  const [inboxType, setInboxType] = useState(current.inbox_type ?? 'shared_inbox');
  const [inbox, setInbox] = useState(current.inbox ?? '');
  const [destinations, setDestinations] = useState(current.destinations);
  const action = useAction();
  const smsCapable = number.capabilities.includes('sms');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      await ok(
        api.client.PATCH('/v1/numbers/{id}', {
          params: { path: { id: number.id } },
          body: {
            messaging_enabled: messaging,
            sms_routing: {
              enabled,
              inbox_type: enabled || inbox ? inboxType : null,
              inbox: inbox.trim() || null,
              destinations: destinations.filter((d) => d.target.trim()),
            },
          },
        }),
      );
      await reload();
      return 'SMS routing saved.';
    });
  };
  const setDest = (i: number, patch: Partial<(typeof destinations)[number]>) =>
    setDestinations((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  return (
    <form onSubmit={submit} aria-label="SMS routing">
      {!smsCapable ? <p className="warning">This number cannot send or receive SMS.</p> : null}
      <div className="field checkbox">
        <input
          id="sms-messaging"
          type="checkbox"
          role="switch"
          checked={messaging}
          onChange={(e) => setMessaging(e.target.checked)}
        />
        <label htmlFor="sms-messaging">Messaging enabled</label>
      </div>
      <div className="field checkbox">
        <input
          id="sms-routing-enabled"
          type="checkbox"
          role="switch"
          checked={enabled}
          onChange={(e) => setEnabled(e.target.checked)}
        />
        <label htmlFor="sms-routing-enabled">Enable SMS routing</label>
      </div>
      <Field label="Inbox type">
        {(p) => (
          <select {...p} value={inboxType} onChange={(e) => setInboxType(e.target.value as typeof inboxType)}>
            <option value="shared_inbox">Shared inbox</option>
            <option value="user_inbox">User inbox</option>
          </select>
        )}
      </Field>
      <Field label="Inbox" hint="The inbox id where texts appear">
        {(p) => <input {...p} value={inbox} onChange={(e) => setInbox(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>Inbound routing</legend>
        {destinations.length === 0 ? <p className="hint">No destinations: texts stay in the inbox.</p> : null}
        {destinations.map((d, i) => (
          <div className="row" key={i}>
            <Field label={`Destination ${i + 1} type`}>
              {(p) => (
                <select {...p} value={d.type} onChange={(e) => setDest(i, { type: e.target.value as typeof d.type })}>
                  {DEST_TYPES.map((t) => (
                    <option key={t.value} value={t.value}>
                      {t.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={`Destination ${i + 1}`}>
              {(p) => <input {...p} value={d.target} onChange={(e) => setDest(i, { target: e.target.value })} />}
            </Field>
            <button
              type="button"
              className="link"
              onClick={() => setDestinations((ds) => ds.filter((_, j) => j !== i))}
              aria-label={`Remove destination ${i + 1}`}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setDestinations((ds) => [...ds, { type: 'team_member', target: '' }])}
          disabled={destinations.length >= 10}
        >
          + Add destination
        </button>
      </fieldset>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      <button type="submit" disabled={action.busy}>
        {action.busy ? 'Saving…' : 'Save SMS routing'}
      </button>
    </form>
  );
}
