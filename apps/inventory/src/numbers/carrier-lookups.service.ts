import { Injectable } from '@nestjs/common';
import {
  CarrierLookupRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  LookupType,
  NumberLookupResult,
} from '@did/contracts';
import { CarrierCallError, CarrierClient } from '../carrier/carrier.client';

/** Carrier and caller-name lookups through the carrier. A carrier that fails or is slow is a 503 carrier_unavailable (ordering charges nothing then). */
@Injectable()
export class CarrierLookups {
  constructor(private readonly carrier: CarrierClient) {}

  async lookup(request: CarrierLookupRequest): Promise<NumberLookupResult> {
    const withCallerName = request.type === LookupType.CallerName;
    try {
      const found = await this.carrier.lookup(request.phone_number, withCallerName);
      return {
        phone_number: found.phone_number,
        valid: found.valid,
        country_code: found.country_code,
        line_type: found.line_type,
        carrier_name: found.carrier?.name ?? null,
        caller_name: withCallerName ? (found.caller_name ?? null) : null,
      };
    } catch (err) {
      if (!(err instanceof CarrierCallError)) throw err;
      if (err.status === 400) {
        throw new DomainError(
          ErrorType.InvalidRequest,
          ErrorCode.ValidationFailed,
          `The carrier cannot look up ${request.phone_number}.`,
          [{ field: 'phone_number', rule: 'e164', message: 'the carrier rejected this number' }],
        );
      }
      throw new DomainError(
        ErrorType.Unavailable,
        ErrorCode.CarrierUnavailable,
        'The carrier did not answer the lookup; try again shortly. Nothing was charged.',
      );
    }
  }
}
