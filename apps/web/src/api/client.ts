import type { ActionField, ErrorBody, ErrorCode, Role, TokenPair } from './openapi.gen';

/** What the console reads from an error's `details` (free-form in the contract: its keys depend on the code). */
export interface ErrorDetails {
  currentState?: string;
  currentVersion?: number;
  currentRevision?: number;
  basedOn?: number;
  needed?: Role[];
  held?: Role[];
  missingFields?: ActionField[];
  invalidFields?: ActionField[];
  fields?: string[];
  reason?: string;
  messageZh?: string;
  [key: string]: unknown;
}

/** An error answer: the contract's ErrorBody; a body that is not JSON is read as HTTP_<status>. */
export type ReceivedError = Omit<ErrorBody, 'error' | 'details' | 'requestId'> & {
  error: ErrorCode | `HTTP_${number}`;
  details?: ErrorDetails;
  requestId?: string;
};

/** An API error with the server's code and details; `message` is already in Chinese (see errors.ts). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetails = {},
    readonly serverMessage = '',
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const STORAGE_KEY = 'reportflow.session';
/** Same-origin, in-memory messages between this browser's tabs of the console (never persisted). */
const CHANNEL = 'reportflow.session';
/** How long a new tab waits for an open tab to hand it the session before showing the login. */
const ASK_TABS_MS = 400;
/** How long a tab that rotated the tokens keeps the refresh lock after telling the others. */
const ROTATION_SETTLE_MS = 150;

interface StoredSession {
  accessToken: string;
  refreshToken: string;
}

/** What tabs tell each other: "who is logged in?", "here is the session", "logged out". */
type TabMessage = { kind: 'ask' } | { kind: 'session'; session: StoredSession } | { kind: 'ended' };

type Listener = () => void;

/**
 * Tokens live in sessionStorage (per tab, gone when the browser closes: shared office computers),
 * never in localStorage or a script-readable cookie. Tabs of the same browser share the session
 * over a BroadcastChannel: a new tab (a report opened with Ctrl+click) asks the open tabs for it,
 * every rotation is told to the others (the server refuses a rotated refresh token, so tabs must
 * not keep stale ones), and a logout ends every tab. A 401 triggers one refresh, serialised
 * across tabs by a Web Lock so two tabs never spend the same refresh token.
 */
class Session {
  private current: StoredSession | null = read();
  private refreshing: Promise<boolean> | null = null;
  private listeners = new Set<Listener>();
  private changeListeners = new Set<Listener>();
  private presenceListeners = new Set<Listener>();
  private readonly channel: BroadcastChannel | null =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

  constructor() {
    this.channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => this.hear(event.data));
  }

  get accessToken(): string | null {
    return this.current?.accessToken ?? null;
  }

  get loggedIn(): boolean {
    return this.current !== null;
  }

  set(pair: TokenPair): void {
    this.keep({ accessToken: pair.accessToken, refreshToken: pair.refreshToken });
    this.tell({ kind: 'session', session: this.current! });
  }

  clear(): void {
    const had = this.current !== null;
    this.forget();
    if (had) this.tell({ kind: 'ended' });
  }

  onEnd(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called when another tab hands this one a session (login elsewhere, or the answer to `ask`). */
  onArrive(listener: Listener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Called whenever this tab gains or loses its session (login, a hand-over, a rotation, an end). */
  readonly subscribe = (listener: Listener): (() => void) => {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  };

  /** A tab without a session asks the open tabs for theirs; resolves true when one answers in time. */
  askOtherTabs(): Promise<boolean> {
    if (this.current || !this.channel) return Promise.resolve(this.current !== null);
    return new Promise((resolve) => {
      const off = this.onArrive(() => {
        window.clearTimeout(timer);
        off();
        resolve(true);
      });
      const timer = window.setTimeout(() => {
        off();
        resolve(this.current !== null);
      }, ASK_TABS_MS);
      this.tell({ kind: 'ask' });
    });
  }

  /** One refresh at a time in this tab, and across tabs by a lock; a token rotated meanwhile by another tab counts. */
  refresh(): Promise<boolean> {
    const spent = this.current?.refreshToken;
    if (!spent) return Promise.resolve(false);
    const exchange = () =>
      this.current && this.current.refreshToken !== spent
        ? Promise.resolve(true)
        : this.exchange(this.current?.refreshToken);
    // The lock is held a moment past the exchange, so the new pair's broadcast reaches the other
    // tabs before one of them takes the lock and would otherwise spend the rotated token.
    const exchangeAndSettle = async () => {
      const ok = await exchange();
      await new Promise((resolve) => window.setTimeout(resolve, ROTATION_SETTLE_MS));
      return ok;
    };
    this.refreshing ??= (
      typeof navigator !== 'undefined' && navigator.locks
        ? navigator.locks.request(`${CHANNEL}.refresh`, exchangeAndSettle)
        : exchange()
    ).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private exchange(token: string | undefined): Promise<boolean> {
    if (!token) return Promise.resolve(false);
    return fetch('/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: token }),
    })
      .then(async (res) => {
        if (!res.ok) return false;
        this.set((await res.json()) as TokenPair);
        return true;
      })
      .catch(() => false);
  }

  private hear(message: TabMessage): void {
    if (message.kind === 'ask' && this.current) this.tell({ kind: 'session', session: this.current });
    if (message.kind === 'session') {
      this.keep(message.session);
      this.changeListeners.forEach((l) => l());
    }
    if (message.kind === 'ended' && this.current) this.forget();
  }

  private keep(stored: StoredSession): void {
    this.current = stored;
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
    this.presenceListeners.forEach((l) => l());
  }

  private forget(): void {
    const had = this.current !== null;
    this.current = null;
    sessionStorage.removeItem(STORAGE_KEY);
    if (had) this.listeners.forEach((l) => l());
    this.presenceListeners.forEach((l) => l());
  }

  private tell(message: TabMessage): void {
    this.channel?.postMessage(message);
  }
}

function read(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  } catch {
    return null;
  }
}

export const session = new Session();

/** Turns an error body into an ApiError; the Chinese wording is filled in by errors.ts. */
type Translate = (body: ReceivedError) => string;
let translate: Translate = (body) => body.message;
export function setErrorTranslator(t: Translate): void {
  translate = t;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function url(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function send(path: string, options: RequestOptions, retry: boolean): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (session.accessToken) headers.Authorization = `Bearer ${session.accessToken}`;
  let res: Response;
  try {
    res = await fetch(url(path, options.query), {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body:
        options.body === undefined
          ? undefined
          : isForm
            ? (options.body as FormData)
            : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  if (res.status === 401 && retry && path !== '/auth/login' && (await session.refresh())) {
    return send(path, options, false);
  }
  if (res.status === 401 && path !== '/auth/login') {
    noteSessionExpired();
    session.clear();
  }
  return res;
}

async function toError(res: Response): Promise<ApiError> {
  let body: ReceivedError;
  try {
    body = (await res.json()) as ReceivedError;
  } catch {
    body = { statusCode: res.status, error: `HTTP_${res.status}`, message: res.statusText };
  }
  return new ApiError(res.status, body.error, translate(body), body.details ?? {}, body.message);
}

/** JSON request to the public API (same origin). Throws ApiError with a Chinese message. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const res = await send(path, options, true);
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('Content-Type') ?? '';
  return (type.includes('application/json') ? await res.json() : await res.text()) as T;
}

/** A file download (export): the body as a Blob and the server's file name. */
export async function download(
  path: string,
  query?: RequestOptions['query'],
): Promise<{ blob: Blob; filename: string }> {
  const res = await send(path, { query, headers: { Accept: '*/*' } }, true);
  if (!res.ok) throw await toError(res);
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition) ?? /filename="?([^";]+)"?/i.exec(disposition);
  return { blob: await res.blob(), filename: match ? decodeURIComponent(match[1]) : 'export' };
}

const EXPIRED_KEY = 'reportflow.session-expired';

/**
 * The session ended under the user (expired, ended elsewhere), not by 退出: the login page says so
 * instead of appearing without a word (a walk, stop 40). Per tab, like the session itself.
 */
function noteSessionExpired(): void {
  try {
    if (session.loggedIn) sessionStorage.setItem(EXPIRED_KEY, '1');
  } catch {
    // Storage refused: the login page just does not explain.
  }
}

/** Whether the last session of this tab ended under the user; reading it forgets it. */
export function takeSessionExpired(): boolean {
  try {
    const expired = sessionStorage.getItem(EXPIRED_KEY) === '1';
    sessionStorage.removeItem(EXPIRED_KEY);
    return expired;
  } catch {
    return false;
  }
}
