import type { RoutingState } from '../numbers/routing-state';
import { blankSettings, platformDefaults } from '../settings/effective-settings';
import { decide, isSuspicious } from './resolve-decision';

const platform = platformDefaults(2);
const base: RoutingState = {
  numberId: 'pn_1',
  e164: '+15125550100',
  status: 'active',
  ownerAccountId: 'acc_p',
  ownerPartnerId: null,
  tenantAccountId: 'acc_t',
  countryCode: 'US',
  connectionId: null,
  capabilities: ['voice', 'sms'],
  settings: null,
  defaults: null,
  callerIdValid: true,
  emergency: null,
  owesUsage: false,
};
const call = { to: '+15125550100', from: '+14155550123' };

describe('decide', () => {
  it('plays the platform announcement for an unconfigured number', () => {
    expect(decide(base, call, platform)).toMatchObject({
      action: 'announcement',
      announcement: platform.unconfiguredNumber.action === 'announcement' ? platform.unconfiguredNumber.message : null,
      max_channels: 2,
      caller_id: base.e164,
    });
  });

  it('uses the account defaults where the number has no value of its own', () => {
    const state = {
      ...base,
      settings: { ...blankSettings(new Date()), maxChannels: 7 },
      defaults: {
        ...platform,
        cnamDisplayName: 'Acme',
        recording: true,
        maxChannels: 3,
        unconfiguredNumber: { action: 'reject' as const },
      },
    };
    expect(decide(state, call, platform)).toMatchObject({
      action: 'reject',
      reason: 'number_not_configured',
      cnam: 'Acme',
      recording: true,
      max_channels: 7,
    });
  });

  it('shows the number itself when the stored caller ID is no longer valid', () => {
    const state = {
      ...base,
      settings: { ...blankSettings(new Date()), callerId: '+15125550199' },
      callerIdValid: false,
    };
    expect(decide(state, call, platform).caller_id).toBe(base.e164);
  });

  it('rejects an emergency call unless the 911 service is active, and never sends it to the destination', () => {
    const routed = {
      ...base,
      settings: { ...blankSettings(new Date()), voiceDestination: { type: 'queue' as const, target: 'q1' } },
    };
    expect(
      decide(
        { ...routed, emergency: { status: 'provisioning', addressId: 'ead_1', addressLine: 'x' } },
        { ...call, emergency: true },
        platform,
      ),
    ).toMatchObject({ action: 'reject', reason: 'emergency_not_covered' });
    expect(
      decide(
        { ...routed, emergency: { status: 'active', addressId: 'ead_1', addressLine: '1 MAIN ST' } },
        { ...call, emergency: true },
        platform,
      ),
    ).toMatchObject({
      action: 'route',
      destination: null,
      emergency: { covered: true, address: '1 MAIN ST' },
    });
  });
});

describe('decide while the payer owes usage', () => {
  const owing = {
    ...base,
    owesUsage: true,
    settings: { ...blankSettings(new Date()), voiceDestination: { type: 'queue' as const, target: 'q1' } },
  };

  it('refuses a normal call with balance_owed and no destination', () => {
    expect(decide(owing, call, platform)).toMatchObject({
      action: 'reject',
      reason: 'balance_owed',
      destination: null,
    });
  });

  it('still routes a covered 911 call', () => {
    expect(
      decide(
        { ...owing, emergency: { status: 'active', addressId: 'ead_1', addressLine: '1 MAIN ST' } },
        { ...call, emergency: true },
        platform,
      ),
    ).toMatchObject({ action: 'route', reason: null, emergency: { covered: true } });
  });

  it('routes normally once nothing is owed', () => {
    expect(decide({ ...owing, owesUsage: false }, call, platform)).toMatchObject({ action: 'route', reason: null });
  });
});

describe('isSuspicious', () => {
  it.each([
    [undefined, true],
    ['anonymous', true],
    ['+15125550100', true],
    ['+14155550123', false],
  ])('from %s -> %s', (from, expected) => {
    expect(isSuspicious({ to: '+15125550100', from })).toBe(expected);
  });
});
