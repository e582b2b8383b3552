import { ok } from '../../api/client';
import type { PhoneNumber } from '../../api/types';
import { useConsole } from '../../context';
import { label, prettyNumber } from '../../format';
import { href, navigate } from '../../router';
import { Async } from '../../ui/async';
import { Tabs } from '../../ui/tabs';
import { useResource } from '../../use-resource';
import { StatusBadge } from '../numbers/status-badge';
import { BillingTab } from './billing-tab';
import { CallRoutingTab } from './call-routing-tab';
import { ComplianceTab } from './compliance-tab';
import { EmergencyTab } from './emergency-tab';
import { GeneralTab } from './general-tab';
import { SmsRoutingTab } from './sms-routing-tab';

const TABS = [
  { id: 'general', label: 'General' },
  { id: 'routing', label: 'Call Routing' },
  { id: 'sms', label: 'SMS Routing' },
  { id: 'billing', label: 'Billing' },
  { id: 'compliance', label: 'Compliance' },
  { id: 'emergency', label: 'Emergency address' },
];

export interface TabProps {
  number: PhoneNumber;
  /** Reloads the composed number after a change. */
  reload: () => Promise<void>;
}

/** Edit a number: the composed GET /v1/numbers/{id}, each tab saving its own part with PATCH or its route. */
export function EditNumber({ id, tab = 'general' }: { id: string; tab?: string }) {
  const { api } = useConsole();
  const number = useResource(() => ok(api.client.GET('/v1/numbers/{id}', { params: { path: { id } } })), [id]);
  return (
    <>
      <div className="screen-head">
        <h1 tabIndex={-1}>Edit {number.data ? prettyNumber(number.data.e164) : id}</h1>
        <a href={href('numbers')}>Back to Phone Numbers</a>
      </div>
      <Async resource={number} label="the number">
        {(n) => (
          <>
            <p>
              <StatusBadge status={n.status} /> {label(n.number_type)} · {n.country_code}
              {n.locality ? ` · ${n.locality}` : ''}
              {n.region ? `, ${n.region}` : ''}
            </p>
            {n.status === 'pending' ? (
              <p className="warning">
                This number is still being activated with the carrier; settings can be changed once it is active.
              </p>
            ) : null}
            <Tabs tabs={TABS} selected={tab} onSelect={(t) => navigate('numbers', id, t)}>
              <TabBody tab={tab} number={n} reload={number.reload} />
            </Tabs>
          </>
        )}
      </Async>
    </>
  );
}

function TabBody({ tab, ...props }: TabProps & { tab: string }) {
  switch (tab) {
    case 'routing':
      return <CallRoutingTab {...props} />;
    case 'sms':
      return <SmsRoutingTab {...props} />;
    case 'billing':
      return <BillingTab {...props} />;
    case 'compliance':
      return <ComplianceTab {...props} />;
    case 'emergency':
      return <EmergencyTab {...props} />;
    default:
      return <GeneralTab {...props} />;
  }
}
