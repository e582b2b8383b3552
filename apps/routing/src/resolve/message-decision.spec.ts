import type { RoutingState } from '../numbers/routing-state';
import { blankSettings } from '../settings/effective-settings';
import { decideMessage } from './message-decision';

const smsRouting = {
  enabled: true,
  inbox_type: 'shared_inbox' as const,
  inbox: 'support',
  destinations: [{ type: 'webhook' as const, target: 'hook1' }],
};
const texting: RoutingState = {
  numberId: 'pn_1',
  e164: '+15125550100',
  status: 'active',
  ownerAccountId: 'acc_p',
  ownerPartnerId: null,
  tenantAccountId: 'acc_t',
  countryCode: 'US',
  connectionId: 'conn_1',
  capabilities: ['voice', 'sms'],
  settings: { ...blankSettings(new Date()), messagingEnabled: true, smsRouting },
  defaults: null,
  callerIdValid: true,
  emergency: null,
  owesUsage: false,
};

describe('decideMessage', () => {
  it('delivers to the stored SMS routing on the number’s connection when messaging is on', () => {
    expect(decideMessage(texting)).toEqual({
      number_id: 'pn_1',
      phone_number: '+15125550100',
      owner_account_id: 'acc_p',
      tenant_account_id: 'acc_t',
      connection_id: 'conn_1',
      action: 'deliver',
      reason: null,
      messaging_enabled: true,
      sms_routing: smsRouting,
    });
  });

  it('refuses with messaging_disabled on a number never configured, showing no SMS routing', () => {
    expect(decideMessage({ ...texting, settings: null })).toMatchObject({
      action: 'reject',
      reason: 'messaging_disabled',
      messaging_enabled: false,
      sms_routing: { enabled: false, inbox: null },
    });
  });

  it('refuses with sms_not_supported on a voice-only number, whatever its settings say', () => {
    expect(decideMessage({ ...texting, capabilities: ['voice'] })).toMatchObject({
      action: 'reject',
      reason: 'sms_not_supported',
    });
  });

  it('refuses with balance_owed while the payer owes usage, as calls are', () => {
    expect(decideMessage({ ...texting, owesUsage: true })).toMatchObject({ action: 'reject', reason: 'balance_owed' });
  });
});
