import { blankSettings } from './effective-settings';
import { applyPatch, canText, settingsViolations } from './settings-rules';

const now = new Date('2026-03-02T15:00:00Z');
const ctx = { e164: '+15125550100', planMaxChannels: 5, callerIdOwned: true, smsCapable: true };

describe('applyPatch', () => {
  it('changes only the fields sent and lists those whose value changed', () => {
    const current = { ...blankSettings(now), recording: true };
    const { next, changed } = applyPatch(current, { recording: true, max_channels: 3, caller_id: null }, now);
    expect(changed).toEqual(['max_channels']);
    expect(next).toMatchObject({ recording: true, maxChannels: 3, callerId: null });
  });
});

describe('settingsViolations', () => {
  it('accepts a patch within the rules', () => {
    const { next } = applyPatch(blankSettings(now), { max_channels: 5, caller_id: '+15125550199' }, now);
    expect(settingsViolations(next, { max_channels: 5, caller_id: '+15125550199' }, ctx)).toEqual([]);
  });

  it('names max_channels over the plan, a caller ID the account does not use, and SMS routing without messaging', () => {
    const patch = {
      max_channels: 6,
      caller_id: '+15125550199',
      sms_routing: { enabled: true, inbox_type: 'shared_inbox' as const, inbox: 'i1', destinations: [] },
    };
    const { next } = applyPatch(blankSettings(now), patch, now);
    expect(settingsViolations(next, patch, { ...ctx, callerIdOwned: false }).map((v) => v.rule)).toEqual([
      'max:5',
      'owned_active_number',
      'requires_messaging_enabled',
    ]);
  });

  it('allows the number itself as caller ID without looking it up', () => {
    const patch = { caller_id: ctx.e164 };
    expect(
      settingsViolations(applyPatch(blankSettings(now), patch, now).next, patch, { ...ctx, callerIdOwned: false }),
    ).toEqual([]);
  });

  it('refuses to enable messaging on a number without SMS capability, naming the field and the rule', () => {
    const patch = { messaging_enabled: true };
    expect(
      settingsViolations(applyPatch(blankSettings(now), patch, now).next, patch, { ...ctx, smsCapable: false }),
    ).toEqual([
      {
        field: 'messaging_enabled',
        rule: 'requires_sms_capability',
        message: expect.stringContaining('no SMS capability'),
      },
    ]);
  });

  it('lets a number without SMS capability turn messaging off', () => {
    const patch = { messaging_enabled: false };
    expect(
      settingsViolations(applyPatch({ ...blankSettings(now), messagingEnabled: true }, patch, now).next, patch, {
        ...ctx,
        smsCapable: false,
      }),
    ).toEqual([]);
  });
});

describe('canText', () => {
  it.each([
    [['voice', 'sms'], true],
    [['voice'], false],
    [[], false],
    [null, true],
  ])('capabilities %j -> %s', (capabilities, expected) => {
    expect(canText(capabilities)).toBe(expected);
  });
});
