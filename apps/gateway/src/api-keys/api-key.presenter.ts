import type { ApiKeyResponse } from './dto/api-key.dto';
import type { ApiKey } from './entities/api-key.entity';

export function presentApiKey(key: ApiKey): ApiKeyResponse {
  return {
    id: key.id,
    record_type: 'api_key',
    account_id: key.accountId,
    name: key.name,
    prefix: key.prefix,
    status: key.revokedAt ? 'revoked' : 'active',
    created_at: key.createdAt.toISOString(),
    last_used_at: key.lastUsedAt?.toISOString() ?? null,
    revoked_at: key.revokedAt?.toISOString() ?? null,
  };
}
