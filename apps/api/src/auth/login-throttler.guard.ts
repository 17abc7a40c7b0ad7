import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { AppError } from '@app/common';

/**
 * The login throttle (AuthModule's per-account and per-address limits) with the wait in its answer:
 * a civil servant refused after a few wrong passwords saw only "操作过于频繁，请稍后再试" and kept
 * typing (a walk, stop 42). The error names the seconds left (details.retryAfterSeconds, and the
 * Retry-After header) and which limit it was, in the one error shape.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override throwThrottlingException(
    _context: ExecutionContext,
    limit: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfterSeconds = Math.max(1, Math.ceil(limit.timeToBlockExpire || limit.timeToExpire || 60));
    // The per-account tracker (AuthModule) names the account (or, for a password change, the user).
    const scope = /^(account|user):/.test(limit.tracker) ? 'account' : 'requests';
    throw new AppError(
      429,
      'TOO_MANY_REQUESTS',
      `Too many login attempts${scope === 'account' ? ' for this account' : ' from this address'}; try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds, scope },
    );
  }
}
