import type { Problem } from '../api/client';

/** The API's own words for a failure: detail, code, and each field it names. role=alert announces it. */
export function ProblemBox({ problem, onRetry }: { problem: Problem | null | undefined; onRetry?: () => void }) {
  if (!problem) return null;
  return (
    <div className="problem" role="alert">
      <p>
        <strong>{problem.title ?? 'Error'}</strong>
        {problem.status ? ` (${problem.status})` : ''}: {problem.detail}
      </p>
      <p className="problem-code">
        Code: <code>{problem.code}</code>
        {problem.error_id ? (
          <>
            {' '}
            · Error id: <code>{problem.error_id}</code>
          </>
        ) : null}
      </p>
      {problem.errors?.length ? (
        <ul>
          {problem.errors.map((e, i) => (
            <li key={i}>
              <code>{e.field}</code>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
