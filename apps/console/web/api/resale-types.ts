/** Response shapes of a partner's resale routes: tenants' keys, transfers, markups and the statement. */
import type { NumberType } from './types';

export interface ApiKey {
  id: string;
  account_id: string;
  name: string;
  prefix: string;
  status: 'active' | 'revoked';
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}
/** POST /v1/api-keys: the only answer that carries the secret. */
export type CreatedApiKey = ApiKey & { secret: string };

/** POST /v1/balance/transfers */
export interface Transfer {
  id: string;
  tenant_account_id: string;
  amount_cents: number;
  currency: string;
  description: string | null;
  balance_after_cents: number;
  created_at: string;
}

/** One markup of GET/PUT /v1/pricing/markups; null scopes mean every country or type. */
export interface PartnerMarkup {
  country_code: string | null;
  number_type: NumberType | null;
  percent_basis_points: number;
  setup_cents: number;
  monthly_cents: number;
  per_minute_cents: number;
  connection_cents: number;
}
export interface MarkupSet {
  partner_id: string;
  markups: PartnerMarkup[];
  updated_at: string | null;
}

export interface StatementFigures {
  tenant_paid_cents: number;
  platform_charged_cents: number;
  margin_cents: number;
  transferred_cents: number;
}
/** GET /v1/partner/statement?from&to */
export interface PartnerStatement {
  account_id: string;
  currency: string;
  from: string;
  to: string;
  data: (StatementFigures & { tenant_account_id: string })[];
  totals: StatementFigures;
}

/** GET /v1/events?type=wallet.debt_changed: one event's data. */
export interface WalletDebtChanged {
  account_id: string;
  currency: string;
  owed_cents: number;
  previous_owed_cents: number;
  sequence: number;
  changed_at: string;
}
export interface EventRecord<T> {
  id: string;
  type: string;
  occurred_at: string;
  account_id: string;
  data: T;
}
