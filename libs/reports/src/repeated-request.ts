import type { IdempotencyRepository, StoredResponse } from './idempotency.repository';
import { ReportErrors } from './report.errors';

export interface RepeatedRequest {
  /** Where the answers to requests sent with an Idempotency-Key are kept. */
  answers: Pick<IdempotencyRepository, 'find'>;
  userId: string;
  /** The request's Idempotency-Key; without one a request is never a repeat. */
  key: string | undefined;
  /** requestHash of what the request asks, so a key reused for another request is told apart. */
  fingerprint: string;
}

/**
 * Runs a write sent with an Idempotency-Key and answers a repeat with the first answer. The answer is
 * stored in the write's own transaction, so a repeat fails (the state moved on, or its twin holds the
 * key): only then is the stored answer looked up, and a first request costs no extra round trip. A key
 * reused for a different request is refused (422 IDEMPOTENCY_KEY_REUSED); a lookup that fails itself
 * leaves the write's own error standing.
 */
export async function answeredOnce<T>(request: RepeatedRequest, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!request.key) throw error;
    let stored: StoredResponse | null;
    try {
      stored = await request.answers.find(request.userId, request.key);
    } catch {
      throw error;
    }
    if (!stored) throw error;
    if (stored.requestHash !== request.fingerprint) throw ReportErrors.idempotencyMismatch();
    return stored.response as T;
  }
}
