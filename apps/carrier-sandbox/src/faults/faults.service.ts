import { Inject, Injectable } from '@nestjs/common';
import {
  CarrierErrorCode,
  type CarrierFaults,
  DomainError,
  ErrorType,
  type UpdateCarrierFaultsBody,
} from '@did/contracts';
import { CLOCK, type Clock } from '@did/service-kit';
import { type CarrierSandboxConfig, SANDBOX_CONFIG } from '../config';
import { faultOutcome } from './fault-state';

function fromConfig(config: CarrierSandboxConfig): CarrierFaults {
  return {
    latency_ms: config.FAULT_LATENCY_MS,
    error_rate: config.FAULT_ERROR_RATE,
    down: config.FAULT_DOWN,
    flap_period_ms: config.FAULT_FLAP_PERIOD_MS,
    activation_delay_ms: config.ACTIVATION_DELAY_MS,
    failure_rate: config.FAILURE_RATE,
  };
}

/**
 * The carrier's fault controls at run time: start from configuration, changed through
 * `/admin/faults`. Kept in memory on purpose: a restart brings back the configured behaviour.
 */
@Injectable()
export class FaultsService {
  private faults: CarrierFaults;
  private flapSinceMs: number;

  constructor(
    @Inject(SANDBOX_CONFIG) private readonly config: CarrierSandboxConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.faults = fromConfig(config);
    this.flapSinceMs = clock.now().getTime();
  }

  current(): CarrierFaults {
    return { ...this.faults };
  }

  update(changes: UpdateCarrierFaultsBody): CarrierFaults {
    // A new flap period starts its cycle now (up first), so a test sees a predictable sequence.
    if (changes.flap_period_ms !== undefined) this.flapSinceMs = this.clock.now().getTime();
    this.faults = { ...this.faults, ...changes };
    return this.current();
  }

  reset(): CarrierFaults {
    this.faults = fromConfig(this.config);
    this.flapSinceMs = this.clock.now().getTime();
    return this.current();
  }

  /** Delays a /v1 call by the configured latency, then lets it through or fails it as the faults say. */
  async applyToCall(): Promise<void> {
    const { latency_ms } = this.faults;
    if (latency_ms > 0) await new Promise((resolve) => setTimeout(resolve, latency_ms));
    switch (faultOutcome(this.faults, this.clock.now().getTime(), this.flapSinceMs, Math.random())) {
      case 'down':
        throw new DomainError(
          ErrorType.Unavailable,
          CarrierErrorCode.CarrierDown,
          'The carrier is down (sandbox fault control).',
        );
      case 'error':
        throw new DomainError(
          ErrorType.Unavailable,
          CarrierErrorCode.CarrierError,
          'The carrier failed this request (sandbox fault control); retry later.',
        );
      case 'ok':
        return;
    }
  }
}
