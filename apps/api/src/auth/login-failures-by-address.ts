import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { FixedWindowCounts, windowOf, type WindowCount } from '../http/fixed-window-counts';
import { AuthErrors } from './auth.errors';

/** A login attempt counted as a failure until its password proved right. */
export interface CountedAttempt {
  /** The password was right: the attempt no longer counts against the address. */
  succeeded(): Promise<void>;
}

/**
 * Failed logins and refreshes per client address and minute, across API processes. Spraying many
 * accounts from one address is stopped here; successful logins never count, so the offices of a
 * county behind one NAT are not refused together because they all log in at nine. Over the limit,
 * logins from the address answer 429 before any password is checked, except from a browser that has
 * logged in to that account before (its own failures lock it, see AuthService.login): one person
 * guessing passwords on the office network does not lock the office's known browsers out.
 */
@Injectable()
export class LoginFailuresByAddress extends FixedWindowCounts {
  private readonly limit: number;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    super(config, 'login-failures');
    this.limit = config.loginFailuresPerAddressPerMinute;
  }

  /**
   * Counts a login from a browser the account does not know before its password is checked, so a
   * burst of parallel guesses cannot all pass the limit before the first failure is counted.
   * Throws 429 when the address has used up its failures this minute.
   */
  async countAttempt(address: string): Promise<CountedAttempt> {
    const { key, secondsLeft } = this.keyNow(address);
    const count = await this.increment(key);
    if (count > this.limit) throw AuthErrors.tooManyFailuresFromAddress(secondsLeft);
    return { succeeded: () => this.decrement(key) };
  }

  /** Counts a failure found after the fact (a wrong refresh token); throws 429 once over the limit. */
  async countFailure(address: string): Promise<void> {
    const { key, secondsLeft } = this.keyNow(address);
    if ((await this.increment(key)) > this.limit) throw AuthErrors.tooManyFailuresFromAddress(secondsLeft);
  }

  private keyNow(address: string): { key: WindowCount; secondsLeft: number } {
    const { windowStart, secondsLeft } = windowOf(this.clock.now().getTime());
    return { key: { client: address, windowStart }, secondsLeft };
  }
}
