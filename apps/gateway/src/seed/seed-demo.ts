import { NestFactory } from '@nestjs/core';
import { EntityManager, MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { AccountType } from '@did/contracts';
import { AccountsService } from '../accounts/accounts.service';
import { Account } from '../accounts/entities/account.entity';
import { displayPrefixOf, hashApiKeySecret } from '../api-keys/api-key-secret';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { ApiKey } from '../api-keys/entities/api-key.entity';
import { AppModule } from '../app.module';
import type { Actor } from '../auth/actor';
import { GatewayConfig } from '../config';

const DEMO_PARTNER_REF = 'demo-partner';
const DEMO_TENANT_REF = 'demo-tenant';

export interface DemoSeed {
  partner_id: string;
  tenant_id: string;
  api_key: string;
}

/**
 * Creates the development demo world once: a partner with a tenant, through the same services the API
 * uses (so `account.created` events go out). Each run returns a working key for the partner: the
 * configured DEMO_API_KEY, installed if missing, or a new one.
 */
export async function seedDemo(config: GatewayConfig): Promise<DemoSeed> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const orm = app.get(MikroORM);
    return await RequestContext.create(orm.em, async () => {
      const accounts = app.get(AccountsService);
      const apiKeys = app.get(ApiKeysService);
      const em = orm.em as EntityManager;
      const operator: Actor = { principal: { kind: 'operator' }, rateLimitKey: 'operator', account: null };
      const partner =
        (await em.findOne(Account, { type: AccountType.Partner, externalReference: DEMO_PARTNER_REF })) ??
        (await accounts.create(operator, {
          name: 'Demo Partner',
          email: 'demo-partner@example.com',
          external_reference: DEMO_PARTNER_REF,
        }));
      const asPartner: Actor = { principal: { kind: 'operator' }, rateLimitKey: 'operator', account: partner };
      const tenant =
        (await em.findOne(Account, { parentId: partner.id, externalReference: DEMO_TENANT_REF })) ??
        (await accounts.create(asPartner, {
          name: 'Demo Tenant',
          email: 'demo-tenant@example.com',
          external_reference: DEMO_TENANT_REF,
        }));
      const apiKey = await ensureDemoKey(em, apiKeys, partner, config.DEMO_API_KEY);
      return { partner_id: partner.id, tenant_id: tenant.id, api_key: apiKey };
    });
  } finally {
    await app.close();
  }
}

async function ensureDemoKey(
  em: EntityManager,
  apiKeys: ApiKeysService,
  partner: Account,
  configured: string | undefined,
): Promise<string> {
  if (!configured) return (await apiKeys.issue(partner, 'demo (npm start)')).secret;
  const hash = hashApiKeySecret(configured);
  const existing = await em.findOne(ApiKey, { secretHash: hash });
  if (existing && existing.accountId === partner.id && !existing.revokedAt) return configured;
  if (existing) throw new Error('DEMO_API_KEY is already used by another account or was revoked; choose another key');
  await apiKeys.issue(partner, 'demo (DEMO_API_KEY)', {
    secret: configured,
    hash,
    displayPrefix: displayPrefixOf(configured),
  });
  return configured;
}
