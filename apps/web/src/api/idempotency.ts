import type { ApiError } from './client';

/**
 * One Idempotency-Key per intended write, kept until the server has given a definite answer.
 *
 * Why: when a press of 提交 or 接收 gets no answer (the network dropped, the API answered 503 while
 * the database failed over), the user presses again. The first request may have been applied; with a
 * fresh key the second one is a new request and meets 409 (someone — the user themself — acted
 * first). With the same key the API answers the second press with the first one's stored answer, or
 * applies it once if the first never landed. The key is dropped on a success or a definite refusal
 * (a 4xx other than 408 and 429), so the next, different intent gets its own.
 *
 * The intent is what the user asked for (path and body, including the expectedVersion they saw): a
 * press on a newer version is a different intent and gets a different key.
 */
const pendingKeys = new Map<string, string>();

export async function sendOnce<T>(intent: unknown, send: (idempotencyKey: string) => Promise<T>): Promise<T> {
  const fingerprint = JSON.stringify(intent);
  const key = pendingKeys.get(fingerprint) ?? newIdempotencyKey();
  pendingKeys.set(fingerprint, key);
  try {
    const answer = await send(key);
    pendingKeys.delete(fingerprint);
    return answer;
  } catch (error) {
    if (isDefiniteAnswer(error)) pendingKeys.delete(fingerprint);
    throw error;
  }
}

/** A refusal the server made knowing the request (not a lost answer, a timeout or a busy server). */
function isDefiniteAnswer(error: unknown): boolean {
  // Read as a shape, not with instanceof: this file stays free of the session's browser set-up.
  const status = (error as Partial<ApiError> | null)?.status;
  if (typeof status !== 'number') return false;
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** 24 random hex digits (getRandomValues works on plain-http intranet addresses; randomUUID does not). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
