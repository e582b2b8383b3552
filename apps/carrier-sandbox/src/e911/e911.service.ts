import { Injectable } from '@nestjs/common';
import type { E911Address, E911Validation } from '@did/contracts';
import { localitiesByRegion } from '../numbering/place-index';
import { validateE911 } from './e911-rules';

/** E911 address validation against the towns the carrier serves. */
@Injectable()
export class E911Service {
  validate(address: E911Address): E911Validation {
    return validateE911(address, localitiesByRegion);
  }
}
