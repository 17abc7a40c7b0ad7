import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { createRedisClient, type RedisClient } from '@app/queue';

/** One failed login to a name no account has, counted with an account's rule. */
export interface UnknownNameFailure {
  /** The normalised name, as login looks it up. */
  username: string;
  lockAfter: number;
  lockUntil: Date;
  now: Date;
}

/**
 * How long the failures of a name no account has are remembered after its last one. An account
 * keeps its count until it logs in or locks; memory here must stay bounded, so a name's count is
 * forgotten a day after its last failure (telling the two apart then takes ten guesses a day per
 * name, with the address limit on top).
 */
export const UNKNOWN_NAME_REMEMBERED_MS = 24 * 3_600_000;

/** Names kept per process when the counts cannot be shared (LOGIN_THROTTLE_STORE=memory, or Redis down). */
export const UNKNOWN_NAMES_KEPT_LOCALLY = 10_000;

// KEYS[1] the name's counts; ARGV: now, lockAfter, lockUntil (ms), how long to keep the key (ms).
// The account's rule (UserRepository.recordLoginFailure), atomically: a lock that ran out starts
// the count afresh; the failure that reaches lockAfter sets the lock's end.
const RECORD_FAILURE = `
local lockedUntil = tonumber(redis.call('HGET', KEYS[1], 'lockedUntil'))
if lockedUntil and lockedUntil <= tonumber(ARGV[1]) then redis.call('DEL', KEYS[1]) end
local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
if failures >= tonumber(ARGV[2]) and redis.call('HEXISTS', KEYS[1], 'lockedUntil') == 0 then
  redis.call('HSET', KEYS[1], 'lockedUntil', ARGV[3])
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return failures
`;

interface LocalCount {
  failures: number;
  lockedUntil: number | null;
  forgetAt: number;
}

/**
 * Failed logins to names that have no account, locked exactly as an account would be (pen test,
 * stop 41: after LOGIN_LOCK_AFTER_FAILURES wrong passwords an existing name answered 423
 * ACCOUNT_LOCKED and a made-up one 401 for ever, so ten guesses told anyone whether an account
 * existed). With these counts both answer the same, in the same order of checks. Kept in the login
 * counts' store (Redis in production), keyed by a hash of the name, not the name someone typed.
 */
@Injectable()
export class UnknownUsernameLocks implements OnModuleDestroy {
  private readonly logger = new Logger(UnknownUsernameLocks.name);
  private client: RedisClient | null = null;
  private readonly local = new Map<string, LocalCount>();
  private warned = false;

  constructor(private readonly config: AppConfig) {}

  /** The end of the name's lock, if it is locked now. */
  async lockedUntil(username: string, now: Date): Promise<Date | null> {
    const key = keyOf(username);
    const until = await this.shared(
      async (redis) => Number(await redis.hget(key, 'lockedUntil')) || null,
      () => this.localCount(key, now.getTime())?.lockedUntil ?? null,
    );
    return until !== null && until > now.getTime() ? new Date(until) : null;
  }

  /** Counts a failed login to the name, locking it at the account's threshold. */
  async recordFailure(failure: UnknownNameFailure): Promise<void> {
    const key = keyOf(failure.username);
    const now = failure.now.getTime();
    const lockUntil = failure.lockUntil.getTime();
    const keepFor = Math.max(UNKNOWN_NAME_REMEMBERED_MS, lockUntil - now);
    await this.shared(
      (redis) => redis.eval(RECORD_FAILURE, 1, key, now, failure.lockAfter, lockUntil, keepFor),
      () => this.countLocally({ key, now, lockAfter: failure.lockAfter, lockUntil, keepFor }),
    );
  }

  private countLocally(at: {
    key: string;
    now: number;
    lockAfter: number;
    lockUntil: number;
    keepFor: number;
  }) {
    const count = this.localCount(at.key, at.now) ?? { failures: 0, lockedUntil: null, forgetAt: 0 };
    if (count.lockedUntil !== null && count.lockedUntil <= at.now)
      Object.assign(count, { failures: 0, lockedUntil: null });
    count.failures++;
    if (count.failures >= at.lockAfter && count.lockedUntil === null) count.lockedUntil = at.lockUntil;
    count.forgetAt = at.now + at.keepFor;
    // Re-inserted, so the Map's order is the order of last failure: the oldest goes first when full.
    this.local.delete(at.key);
    this.local.set(at.key, count);
    if (this.local.size > UNKNOWN_NAMES_KEPT_LOCALLY) this.local.delete(this.local.keys().next().value!);
  }

  private localCount(key: string, now: number): LocalCount | undefined {
    const count = this.local.get(key);
    if (count && count.forgetAt <= now) {
      this.local.delete(key);
      return undefined;
    }
    return count;
  }

  /** Redis when the login counts are shared; this process's memory otherwise, or while Redis is down. */
  private async shared<T>(inRedis: (redis: RedisClient) => Promise<T>, inMemory: () => T): Promise<T> {
    if (this.config.loginThrottleStore === 'redis') {
      try {
        const result = await inRedis(this.connection());
        this.warned = false;
        return result;
      } catch (error) {
        if (!this.warned) this.logger.warn(`unknown-name login counts kept per process: ${String(error)}`);
        this.warned = true;
      }
    }
    return inMemory();
  }

  private connection(): RedisClient {
    if (!this.client) {
      // Fail fast, like the other login counts: a login must not wait for Redis to come back.
      this.client = createRedisClient(
        this.config.redis.topology,
        'fail-fast',
        `${this.config.redis.prefix}:login-unknown-names:`,
      );
      this.client.on('error', () => undefined);
    }
    return this.client;
  }

  onModuleDestroy(): void {
    this.client?.disconnect();
  }
}

const keyOf = (username: string) => createHash('sha256').update(username).digest('hex');
