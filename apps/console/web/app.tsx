import { useEffect, useMemo, useRef, useState } from 'react';
import { Api, asProblem, Problem } from './api/client';
import type { Account } from './api/types';
import { ConsoleContext, Ctx, useConsole } from './context';
import { href, useRoute } from './router';
import { Connections } from './screens/connections/connections';
import { EditNumber } from './screens/number-edit/edit-number';
import { AddNumber } from './screens/numbers/add-number';
import { DidInventory } from './screens/numbers/did-inventory';
import { NumbersList } from './screens/numbers/numbers-list';
import { Orders } from './screens/orders/orders';
import { PortIn } from './screens/porting/port-in';
import { Markups } from './screens/pricing/markups';
import { SignIn } from './screens/sign-in';
import { Statement } from './screens/statement/statement';
import { Tenant } from './screens/tenants/tenant';
import { Tenants } from './screens/tenants/tenants';
import { Usage } from './screens/usage/usage';
import { Wallet } from './screens/wallet/wallet';
import { Webhooks } from './screens/webhooks/webhooks';
import { clearSession, loadSession, saveSession } from './session';
import { ProblemBox } from './ui/problem-box';
import { whoAmI } from './who-am-i';

interface Identity {
  key: string;
  me: Account;
  tenants: Account[];
}

export function App() {
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [acting, setActing] = useState<string | null>(() => loadSession()?.acting ?? null);
  const [restoring, setRestoring] = useState(() => loadSession() !== null);
  const [restoreProblem, setRestoreProblem] = useState<Problem | null>(null);

  const signIn = async (key: string) => {
    const { me, tenants } = await whoAmI(key);
    const stillValid = acting && tenants.some((t) => t.id === acting) ? acting : null;
    saveSession(key, stillValid);
    setActing(stillValid);
    setIdentity({ key, me, tenants });
  };

  useEffect(() => {
    const saved = loadSession();
    if (!saved) return;
    signIn(saved.key)
      .catch((err) => {
        clearSession();
        setRestoreProblem(asProblem(err));
      })
      .finally(() => setRestoring(false));
    // Only on first load: restores the tab's session after a reload.
  }, []);

  if (restoring) return <p role="status">Signing in…</p>;
  if (!identity)
    return (
      <>
        <SignIn onSignedIn={signIn} />
        <ProblemBox problem={restoreProblem} />
      </>
    );
  return (
    <Shell
      identity={identity}
      acting={acting}
      onRefresh={async () => {
        const { me, tenants } = await whoAmI(identity.key);
        setIdentity({ key: identity.key, me, tenants });
      }}
      onAct={(id) => {
        saveSession(identity.key, id);
        setActing(id);
      }}
      onSignOut={() => {
        clearSession();
        setIdentity(null);
        setActing(null);
        window.location.hash = '';
      }}
    />
  );
}

const NAV = [
  { id: 'numbers', label: 'Phone Numbers' },
  { id: 'orders', label: 'Orders' },
  { id: 'inventory', label: 'DID Inventory', partnerOnly: true },
  { id: 'tenants', label: 'Tenants', partnerOnly: true },
  { id: 'connections', label: 'Connections' },
  { id: 'porting', label: 'Port-in' },
  { id: 'usage', label: 'Usage' },
  { id: 'wallet', label: 'Wallet' },
  { id: 'markups', label: 'Markups', partnerOnly: true },
  { id: 'statement', label: 'Statement', partnerOnly: true },
  { id: 'webhooks', label: 'Webhooks' },
];

function Shell({
  identity,
  acting,
  onAct,
  onRefresh,
  onSignOut,
}: {
  identity: Identity;
  acting: string | null;
  onAct: (id: string | null) => void;
  onRefresh: () => Promise<void>;
  onSignOut: () => void;
}) {
  const route = useRoute();
  const section = route[0] ?? 'numbers';
  const ctx = useMemo<ConsoleContext>(() => {
    const actingAccount = identity.tenants.find((t) => t.id === acting) ?? identity.me;
    const names = new Map([identity.me, ...identity.tenants].map((a) => [a.id, a.name]));
    return {
      api: new Api(identity.key, actingAccount.id === identity.me.id ? null : actingAccount.id),
      me: identity.me,
      acting: actingAccount,
      tenants: identity.tenants,
      isPartner: identity.me.type === 'partner' && actingAccount.id === identity.me.id,
      accountName: (id) => (id ? (names.get(id) ?? id) : '—'),
      refreshTenants: onRefresh,
    };
    // onRefresh only ever sets this identity again: not a dependency.
  }, [identity, acting]);

  // Move focus to the new screen's heading so screen readers announce where they are.
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    mainRef.current?.querySelector('h1')?.focus();
  }, [route.join('/'), acting]);

  return (
    <Ctx.Provider value={ctx}>
      <a
        className="skip"
        href="#main"
        onClick={(e) => (e.preventDefault(), mainRef.current?.querySelector('h1')?.focus())}
      >
        Skip to content
      </a>
      <header className="top">
        <span className="brand">DID console</span>
        <nav aria-label="Main">
          <ul>
            {NAV.filter((n) => !n.partnerOnly || ctx.isPartner).map((n) => (
              <li key={n.id}>
                <a href={href(n.id)} aria-current={section === n.id ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          {identity.tenants.length ? (
            <label>
              Acting as{' '}
              <select value={acting ?? ''} onChange={(e) => onAct(e.target.value || null)}>
                <option value="">{identity.me.name} (you, partner)</option>
                {identity.tenants.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name} (tenant)
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <span>
              {identity.me.name} ({identity.me.type})
            </span>
          )}
          <button type="button" className="link" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={mainRef} key={ctx.acting.id}>
        <Screen route={route} />
      </main>
    </Ctx.Provider>
  );
}

/** Screens of a partner's own business; acting as a tenant, they say so instead of showing the API's 403. */
const PARTNER_SCREENS = new Set(['inventory', 'tenants', 'markups', 'statement']);

function Screen({ route }: { route: string[] }) {
  const { isPartner, acting } = useConsole();
  const [section, id] = route;
  if (PARTNER_SCREENS.has(section) && !isPartner)
    return (
      <>
        <h1 tabIndex={-1}>For partners only</h1>
        <p>
          {acting.name} is a tenant: this screen is about a partner's own business. Switch back to the partner account
          to use it, or <a href={href('numbers')}>go to Phone Numbers</a>.
        </p>
      </>
    );
  switch (section ?? 'numbers') {
    case 'numbers':
      if (id === 'add') return <AddNumber />;
      if (id) return <EditNumber id={id} tab={route[2]} />;
      return <NumbersList />;
    case 'orders':
      return <Orders />;
    case 'inventory':
      return <DidInventory />;
    case 'tenants':
      return id ? <Tenant id={id} /> : <Tenants />;
    case 'connections':
      return <Connections />;
    case 'markups':
      return <Markups />;
    case 'statement':
      return <Statement />;
    case 'porting':
      return <PortIn orderId={id} />;
    case 'usage':
      return <Usage />;
    case 'wallet':
      return <Wallet />;
    case 'webhooks':
      return <Webhooks />;
    default:
      return (
        <>
          <h1 tabIndex={-1}>Not found</h1>
          <p>
            There is no such screen. <a href={href('numbers')}>Go to Phone Numbers</a>.
          </p>
        </>
      );
  }
}
