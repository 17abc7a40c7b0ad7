import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppError, Clock, isId, newId } from '@app/common';
import { AppConfig } from '@app/config';
import {
  AdminEventRepository,
  DEMO_PASSWORD,
  UserRepository,
  invisibleCharacterIn,
  normaliseUsername,
  type Principal,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import { AuthErrors } from './auth.errors';
import { LoginDeviceRepository } from './login-device.repository';
import { UnknownUsernameLocks } from './unknown-username-locks';
import { LoginFailuresByAddress } from './login-failures-by-address';
import { hashPassword, verifyPassword } from './passwords';
import { SessionRepository } from './session.repository';
import { VerifiedTokens, type AccessClaims } from './verified-tokens';

export interface TokenPair {
  accessToken: string;
  accessTokenExpiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  /**
   * The password was set by an administrator: until POST /auth/password changes it, every other
   * endpoint answers 403 PASSWORD_CHANGE_REQUIRED.
   */
  passwordChangeRequired: boolean;
}

export interface LoginAttempt {
  username: string;
  password: string;
  /** What an earlier login from this browser returned as `deviceToken`, if the browser kept it. */
  deviceToken?: string;
  /** The client's network address (behind trusted proxies: TRUST_PROXY), for the failures per address. */
  clientAddress: string;
}

export interface LoginResult extends TokenPair {
  /** Kept by the browser and sent with its next logins: see AuthService.login. */
  deviceToken: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Login, refresh and logout. Access tokens are short-lived JWTs naming the user and the session;
 * every request re-checks that the session is open and the user active, so logout and deactivation
 * take effect at once. Refresh tokens are opaque `<session id>.<secret>`, rotated on every use; a
 * reused (already rotated) secret ends the session, since it means the token was copied.
 */
@Injectable()
export class AuthService {
  /** Signatures verified before (the session is still read on every request: see VerifiedTokens). */
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly transactions: Transactions,
    private readonly users: UserRepository,
    private readonly events: AdminEventRepository,
    private readonly sessions: SessionRepository,
    private readonly devices: LoginDeviceRepository,
    private readonly addressFailures: LoginFailuresByAddress,
    private readonly unknownNames: UnknownUsernameLocks,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Logs in. The account-wide lock-out counts only attempts from browsers the account was never
   * used on: a browser that logged in before presents its device token and counts its own failures
   * (pen test finding 9: without this, anyone who knew a username could lock its owner out for 15
   * minutes at will — on the day before a deadline). The right password also remembers the browser.
   */
  async login(attempt: LoginAttempt): Promise<LoginResult> {
    const now = this.clock.now();
    const username = normaliseUsername(attempt.username);
    const invisible = invisibleCharacterIn(username);
    if (invisible) throw AuthErrors.invisibleInUsername(invisible);
    const user = await this.users.findByUsername(username);
    const device = user && attempt.deviceToken ? await this.knownDevice(user.id, attempt.deviceToken) : null;
    const lockUntil = new Date(now.getTime() + this.config.env.LOGIN_LOCK_MINUTES * 60_000);
    const lockAfter = this.config.env.LOGIN_LOCK_AFTER_FAILURES;
    if (device) {
      const lockedUntil = await this.devices.reserveAttempt({
        deviceId: device.id,
        lockAfter,
        lockUntil,
        now,
      });
      if (lockedUntil) throw AuthErrors.locked(lockedUntil, 'device');
    } else if (user?.lockedUntil && user.lockedUntil > now) {
      throw AuthErrors.locked(user.lockedUntil, 'account');
    } else if (!user) {
      // A name without an account locks like one, or the lock would tell which names exist.
      const lockedUntil = await this.unknownNames.lockedUntil(username, now);
      if (lockedUntil) throw AuthErrors.locked(lockedUntil, 'account');
    }
    // A known browser answers for its own failures (above); every other attempt counts against the
    // address until the password proves right.
    const counted = device ? null : await this.addressFailures.countAttempt(attempt.clientAddress);
    const ok = await verifyPassword(user?.passwordHash ?? null, attempt.password);
    if (user && ok) await counted?.succeeded();
    if (!user || !ok) {
      if (!user) await this.unknownNames.recordFailure({ username, lockAfter, lockUntil, now });
      else if (!device) await this.users.recordLoginFailure({ userId: user.id, lockAfter, lockUntil, now });
      throw AuthErrors.badCredentials();
    }
    if (!user.active) throw AuthErrors.deactivated();
    const deviceToken = device
      ? (await this.devices.recordSuccess(device.id, now), attempt.deviceToken!)
      : await this.rememberDevice(user.id, now);
    // A known browser's success leaves a running account-wide lock alone: it is against strangers.
    if (!device) await this.users.recordLoginSuccess(user.id, now);
    const sessionId = newId();
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.env.REFRESH_TTL_DAYS * 86_400_000);
    await this.sessions.create({
      id: sessionId,
      userId: user.id,
      refreshHash: sha256(secret),
      expiresAt,
      now,
    });
    const pair = await this.pair(user.id, sessionId, secret, expiresAt, user.passwordChangeRequired);
    return { ...pair, deviceToken };
  }

  /** The device a token names, if it is this user's; anything else counts as an unknown browser. */
  private async knownDevice(userId: string, token: string) {
    const [deviceId, secret] = token.split('.');
    if (!isId(deviceId) || !secret) return null;
    return this.devices.find({ deviceId, userId, secretHash: sha256(secret) });
  }

  private async rememberDevice(userId: string, now: Date): Promise<string> {
    const id = newId();
    const secret = randomBytes(32).toString('base64url');
    await this.devices.remember({ id, userId, secretHash: sha256(secret), now });
    return `${id}.${secret}`;
  }

  /** A wrong refresh token counts as a failed login from the address (the guesses have no account to count on). */
  async refresh(refreshToken: string, clientAddress: string): Promise<TokenPair> {
    try {
      return await this.rotate(refreshToken);
    } catch (error) {
      if (error instanceof AppError && error.code === 'INVALID_REFRESH_TOKEN')
        await this.addressFailures.countFailure(clientAddress);
      throw error;
    }
  }

  private async rotate(refreshToken: string): Promise<TokenPair> {
    const now = this.clock.now();
    const [sessionId, secret] = refreshToken.split('.');
    // A session id is a UUID; anything else never reaches the database (whose id column is ASCII).
    if (!isId(sessionId) || !secret) throw AuthErrors.badRefreshToken();
    const session = await this.sessions.findById(sessionId);
    if (!session || session.revokedAt || session.expiresAt <= now) throw AuthErrors.badRefreshToken();
    const next = randomBytes(32).toString('base64url');
    const rotated = await this.sessions.rotate({
      sessionId,
      presentedHash: sha256(secret),
      nextHash: sha256(next),
      now,
    });
    if (!rotated) {
      // An old secret presented again: someone holds a copy. End the session for everyone.
      await this.sessions.revoke(sessionId, 'refresh-token-reuse', now);
      throw AuthErrors.badRefreshToken();
    }
    if (!(await this.sessions.isOpenForActiveUser(sessionId, session.userId, now)))
      throw AuthErrors.sessionEnded();
    const user = await this.users.findById(session.userId);
    return this.pair(session.userId, sessionId, next, session.expiresAt, user!.passwordChangeRequired);
  }

  /**
   * A user changes their own password (#15.4): the current one is required (a wrong one counts as a
   * failed login, so a stolen session cannot guess it freely), the policy is creation's, and every
   * other session of the user ends; this one goes on. Clears an administrator's one-time password.
   */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const now = this.clock.now();
    if (newPassword === currentPassword) throw AuthErrors.passwordUnchanged();
    const user = (await this.users.findById(principal.userId))!;
    // The attempt is counted before the (slow) check, atomically: a burst of parallel guesses from a
    // stolen session cannot all pass the lock test before the first failure is written. Success
    // clears the count below (unlock, in the transaction).
    const lockUntil = new Date(now.getTime() + this.config.env.LOGIN_LOCK_MINUTES * 60_000);
    const lockedUntil = await this.users.reserveAttempt({
      userId: user.id,
      lockAfter: this.config.env.LOGIN_LOCK_AFTER_FAILURES,
      lockUntil,
      now,
    });
    if (lockedUntil) throw AuthErrors.locked(lockedUntil, 'account');
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw AuthErrors.currentPasswordWrong();
    const passwordHash = await hashPassword(newPassword);
    await this.transactions.run(async () => {
      await this.users.setPassword({
        userId: user.id,
        passwordHash,
        mustChange: false,
        notDemo: newPassword !== DEMO_PASSWORD,
        now,
      });
      await this.users.unlock(user.id, now);
      await this.sessions.revokeAllOfUser({
        userId: user.id,
        reason: 'password-changed',
        now,
        keep: principal.sessionId,
      });
      await this.events.record({
        actorUserId: user.id,
        action: 'user.password-changed',
        targetType: 'user',
        targetId: user.id,
        unitId: user.unitId,
        details: { otherSessionsEnded: true, wasOneTimePassword: user.passwordChangeRequired },
        now,
      });
    });
  }

  async logout(principal: Principal): Promise<void> {
    await this.sessions.revoke(principal.sessionId, 'logout', this.clock.now());
  }

  /**
   * Verifies an access token and loads the caller, or throws a 401 saying why. A user holding an
   * administrator's one-time password gets 403 PASSWORD_CHANGE_REQUIRED, unless the route is one
   * of the few that serve the change itself (`beforePasswordChange`).
   */
  async authenticate(token: string, options: { beforePasswordChange?: boolean } = {}): Promise<Principal> {
    const claims = this.verified.claimsOf(token, Date.now()) ?? (await this.verify(token));
    const found = await this.sessions.principalOf(claims.sid, claims.sub, this.clock.now());
    if (!found) throw AuthErrors.sessionEnded();
    if (found.passwordChangeRequired && !options.beforePasswordChange)
      throw AuthErrors.passwordChangeRequired();
    return found.principal;
  }

  /** The token's claims once its signature and expiry check out, or the 401 that says why. */
  private async verify(token: string): Promise<AccessClaims> {
    let claims: AccessClaims & { exp?: unknown; nbf?: unknown };
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] });
    } catch (error) {
      const name = (error as { name?: string }).name;
      throw AuthErrors.badToken(
        name === 'TokenExpiredError' ? 'it has expired' : 'its signature or format is wrong',
      );
    }
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string')
      throw AuthErrors.badToken('claims missing');
    // Every token this API signs expires; one without `exp` was not made here (jsonwebtoken accepts
    // it: a penetration test, stop 43, used one signed with a development secret).
    if (typeof claims.exp !== 'number') throw AuthErrors.badToken('it has no expiry');
    this.verified.remember(token, claims);
    return claims;
  }

  private async pair(
    userId: string,
    sessionId: string,
    secret: string,
    refreshExpiresAt: Date,
    passwordChangeRequired: boolean,
  ): Promise<TokenPair> {
    const ttl = this.config.env.JWT_ACCESS_TTL_SECONDS;
    const accessToken = await this.jwt.signAsync({ sub: userId, sid: sessionId } satisfies AccessClaims, {
      expiresIn: ttl,
      algorithm: 'HS256',
    });
    return {
      accessToken,
      accessTokenExpiresIn: ttl,
      refreshToken: `${sessionId}.${secret}`,
      refreshTokenExpiresAt: refreshExpiresAt.toISOString(),
      passwordChangeRequired,
    };
  }
}
