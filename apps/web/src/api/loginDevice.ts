/**
 * The device token an account's last login from this browser returned (POST /auth/login). Sent with
 * the next login, it tells the server this browser has been used on the account before, so the
 * account-wide lock-out that failures from elsewhere cause does not keep its owner out. Kept in
 * localStorage, per account name, across browser restarts; it is not a credential (the password is
 * still required) and the server ignores a token of another account.
 */
const KEY = 'reportflow.loginDevices';
const KEPT = 20;

type Tokens = Record<string, string>;

const accountKey = (username: string) => username.trim().toLowerCase();

function readAll(): Tokens {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Tokens) : {};
  } catch {
    return {};
  }
}

export function deviceTokenFor(username: string): string | undefined {
  const token = readAll()[accountKey(username)];
  return typeof token === 'string' ? token : undefined;
}

export function keepDeviceToken(username: string, token: string): void {
  const tokens = readAll();
  delete tokens[accountKey(username)];
  tokens[accountKey(username)] = token;
  // A shared office computer sees many accounts: keep the most recent few (insertion order).
  const kept = Object.entries(tokens).slice(-KEPT);
  try {
    localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Storage full or blocked: the login still works; this browser just stays unknown.
  }
}
