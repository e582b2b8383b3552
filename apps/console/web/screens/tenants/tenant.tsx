import { ok } from '../../api/client';
import { useConsole } from '../../context';
import { money } from '../../format';
import { href } from '../../router';
import { Async } from '../../ui/async';
import { useResource } from '../../use-resource';
import { StatusBadge } from '../numbers/status-badge';
import { DebtNotice } from '../wallet/debt-notice';
import { ApiKeys } from './api-keys';
import { FundTenant } from './fund-tenant';

/** One tenant: its balance, money moved to it from the partner's wallet, and its API keys. */
export function Tenant({ id }: { id: string }) {
  const { api } = useConsole();
  const tenantApi = api.as(id);
  const tenant = useResource(() => ok(api.client.GET('/v1/accounts/{id}', { params: { path: { id } } })), [id]);
  const balance = useResource(() => ok(tenantApi.client.GET('/v1/balance')), [id]);
  return (
    <>
      <div className="screen-head">
        <h1 tabIndex={-1}>{tenant.data ? tenant.data.name : 'Tenant'}</h1>
        <a href={href('tenants')}>Back to Tenants</a>
      </div>
      <Async resource={tenant} label="tenant">
        {(t) => (
          <dl className="facts">
            <dt>Account id</dt>
            <dd>
              <code>{t.id}</code>
            </dd>
            <dt>Status</dt>
            <dd>
              <StatusBadge status={t.status} />
            </dd>
            <dt>Balance</dt>
            <dd data-testid="tenant-balance">
              {balance.data
                ? money(balance.data.balance_cents, balance.data.currency)
                : balance.state === 'error'
                  ? balance.error.detail
                  : '…'}
            </dd>
          </dl>
        )}
      </Async>
      <DebtNotice version={0} api={tenantApi} />
      <div className="columns">
        {tenant.data ? <FundTenant tenant={tenant.data} onDone={balance.reload} /> : <div />}
        <ApiKeys api={tenantApi} tenantName={tenant.data?.name ?? id} />
      </div>
    </>
  );
}
