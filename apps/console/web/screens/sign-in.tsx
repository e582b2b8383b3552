import { FormEvent, useState } from 'react';
import { asProblem, Problem } from '../api/client';
import { Field } from '../ui/field';
import { ProblemBox } from '../ui/problem-box';

/** Sign-in with an API key; the key is checked against the API before it is kept (sessionStorage only). */
export function SignIn({ onSignedIn }: { onSignedIn: (key: string) => Promise<void> }) {
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await onSignedIn(key.trim());
    } catch (err) {
      setProblem(asProblem(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className="sign-in">
      <h1>DID platform console</h1>
      <form onSubmit={submit} aria-describedby="sign-in-note">
        <Field
          label="API key"
          hint="A partner or tenant key (dk_…). It is kept in this browser tab only and forgotten when the tab closes."
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={key}
              onChange={(e) => setKey(e.target.value)}
              required
              autoFocus
            />
          )}
        </Field>
        <button type="submit" disabled={busy || !key.trim()}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p id="sign-in-note" className="hint">
          The console calls the public /v1 API with this key, exactly as your own integration would.
        </p>
        <ProblemBox problem={problem} />
      </form>
    </main>
  );
}
