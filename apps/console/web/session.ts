/** The API key and acting account live in sessionStorage only: gone when the tab closes, never in localStorage or a cookie. */
const KEY = 'did-console.api-key';
const ACTING = 'did-console.acting-account';

export function loadSession(): { key: string; acting: string | null } | null {
  const key = sessionStorage.getItem(KEY);
  return key ? { key, acting: sessionStorage.getItem(ACTING) } : null;
}

export function saveSession(key: string, acting: string | null): void {
  sessionStorage.setItem(KEY, key);
  if (acting) sessionStorage.setItem(ACTING, acting);
  else sessionStorage.removeItem(ACTING);
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(ACTING);
}
