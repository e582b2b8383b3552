import type { CarrierFaults } from '@did/contracts';
import { faultOutcome } from './fault-state';

const calm: CarrierFaults = {
  latency_ms: 0,
  error_rate: 0,
  down: false,
  flap_period_ms: 0,
  activation_delay_ms: 0,
  failure_rate: 0,
};

describe('faultOutcome', () => {
  it('lets calls through when nothing is broken', () => {
    expect(faultOutcome(calm, 1_000, 0, 0)).toBe('ok');
  });

  it('is down whenever down is set, whatever else', () => {
    expect(faultOutcome({ ...calm, down: true, error_rate: 1 }, 1_000, 0, 0)).toBe('down');
  });

  it('flaps: up in the first period, down in the second, up in the third', () => {
    const flapping = { ...calm, flap_period_ms: 100 };
    expect([50, 150, 250, 350].map((now) => faultOutcome(flapping, now, 0, 0.5))).toEqual(['ok', 'down', 'ok', 'down']);
  });

  it('fails a call as an error when the draw falls under the error rate', () => {
    expect(faultOutcome({ ...calm, error_rate: 0.3 }, 0, 0, 0.29)).toBe('error');
    expect(faultOutcome({ ...calm, error_rate: 0.3 }, 0, 0, 0.3)).toBe('ok');
    expect(faultOutcome({ ...calm, error_rate: 1 }, 0, 0, 0.999)).toBe('error');
  });
});
