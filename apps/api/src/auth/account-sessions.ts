import { Injectable } from '@nestjs/common';
import { SessionRepository } from './session.repository';

/** Why an administrator's change to an account ends its sessions. */
export type AccountChangeEndingSessions = 'deactivated' | 'password-reset';

/**
 * What other modules may do to login sessions: the auth module keeps its table to itself, so the
 * user administration asks here instead of writing `sessions`. Joins the caller's transaction.
 */
@Injectable()
export class AccountSessions {
  constructor(private readonly sessions: SessionRepository) {}

  /** Ends every open session of the user at once (their next request answers 401). */
  endAllOf(userId: string, reason: AccountChangeEndingSessions, now: Date): Promise<void> {
    return this.sessions.revokeAllOfUser({ userId, reason, now });
  }
}
