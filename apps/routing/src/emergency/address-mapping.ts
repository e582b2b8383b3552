import type {
  CreateEmergencyAddressBody,
  E911Address,
  EmergencyAddress,
  EmergencyAddressSuggestion,
} from '@did/contracts';

/** Our public address fields in the carrier's shape. */
export function toCarrier(a: CreateEmergencyAddressBody): E911Address {
  return {
    street: a.street_address,
    ...(a.extended_address ? { unit: a.extended_address } : {}),
    city: a.locality,
    region: a.administrative_area,
    postal_code: a.postal_code,
    country_code: a.country_code,
  };
}

/** The carrier's address in our public shape. */
export function fromCarrier(a: E911Address): EmergencyAddressSuggestion {
  return {
    street_address: a.street,
    ...(a.unit ? { extended_address: a.unit } : {}),
    locality: a.city,
    administrative_area: a.region,
    postal_code: a.postal_code,
    country_code: a.country_code,
  };
}

export interface AddressRow {
  id: string;
  account_id: string;
  partner_id: string | null;
  street_address: string;
  extended_address: string | null;
  locality: string;
  administrative_area: string;
  postal_code: string;
  country_code: string;
  created_at: Date;
  deleted_at: Date | null;
  number_count?: number;
}

export function presentAddress(row: AddressRow): EmergencyAddress {
  return {
    id: row.id,
    record_type: 'emergency_address',
    account_id: row.account_id,
    street_address: row.street_address,
    extended_address: row.extended_address,
    locality: row.locality,
    administrative_area: row.administrative_area,
    postal_code: row.postal_code,
    country_code: row.country_code,
    number_count: Number(row.number_count ?? 0),
    created_at: new Date(row.created_at).toISOString(),
  };
}
