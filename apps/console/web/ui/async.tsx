import type { ReactNode } from 'react';
import type { Resource } from '../use-resource';
import { ProblemBox } from './problem-box';

/**
 * Loading, error and empty states of one resource, the same on every screen. The last data stays on
 * screen while it reloads; `isEmpty` decides when `empty` is shown instead of the content.
 */
export function Async<T>({
  resource,
  label,
  isEmpty,
  empty,
  children,
}: {
  resource: Resource<T> & { reload: () => Promise<void> };
  label: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { state, data, error } = resource;
  return (
    <div className="async" aria-busy={state === 'loading'}>
      {state === 'loading' ? (
        <p className="loading" role="status">
          Loading {label}…
        </p>
      ) : null}
      {state === 'error' ? <ProblemBox problem={error} onRetry={() => void resource.reload()} /> : null}
      {data !== undefined ? (
        isEmpty?.(data) ? (
          <div className="empty">{empty ?? <p>Nothing here yet.</p>}</div>
        ) : (
          children(data)
        )
      ) : null}
    </div>
  );
}

/** A polite live region: status text that screen readers announce when it changes. */
export function Live({ children }: { children: ReactNode }) {
  return (
    <div className="live" role="status" aria-live="polite">
      {children}
    </div>
  );
}
