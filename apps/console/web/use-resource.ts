import { useCallback, useEffect, useRef, useState } from 'react';
import { asProblem, Problem } from './api/client';

export type Resource<T> =
  | { state: 'loading'; data?: T; error?: undefined }
  | { state: 'ok'; data: T; error?: undefined }
  | { state: 'error'; data?: T; error: Problem };

/** Loads `fetcher` when `deps` change; `reload` fetches again, keeping the last data on screen meanwhile. */
export function useResource<T>(
  fetcher: () => Promise<T>,
  deps: unknown[],
): Resource<T> & { reload: () => Promise<void> } {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const seq = useRef(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  const key = JSON.stringify(deps);
  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setResource((r) => ({ state: 'loading', data: r.data }));
    try {
      const data = await fetcherRef.current();
      if (mine === seq.current) setResource({ state: 'ok', data });
    } catch (err) {
      if (mine === seq.current) setResource((r) => ({ state: 'error', data: r.data, error: asProblem(err) }));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [key, reload]);
  return { ...resource, reload };
}

/** Runs one user action at a time, keeping its error (problem+json) and a success message for aria-live. */
export function useAction(): {
  busy: boolean;
  error: Problem | null;
  message: string | null;
  run: (work: () => Promise<string | void>) => Promise<boolean>;
  clear: () => void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Problem | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<string | void>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const done = await work();
      if (done) setMessage(done);
      return true;
    } catch (err) {
      setError(asProblem(err));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, message, run, clear: () => (setError(null), setMessage(null)) };
}
