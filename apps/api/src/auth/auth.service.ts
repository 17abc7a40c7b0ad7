import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Clock, isId, newId } from '@app/common';
import { AppConfig } from '@app/config';
import { UserRepository, type Principal } from '@app/directory';
import { AuthErrors } from './auth.errors';
import { verifyPassword } from './passwords';
import { SessionRepository } from './session.repository';

export interface TokenPair {
  accessToken: string;
  accessTokenExpiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

interface AccessClaims {
  sub: string;
  sid: string;
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
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async login(username: string, password: string): Promise<TokenPair> {
    const now = this.clock.now();
    const user = await this.users.findByUsername(username);
    if (user?.lockedUntil && user.lockedUntil > now) throw AuthErrors.locked(user.lockedUntil);
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      if (user) {
        const lockUntil = new Date(now.getTime() + this.config.env.LOGIN_LOCK_MINUTES * 60_000);
        await this.users.recordLoginFailure(
          user.id,
          this.config.env.LOGIN_LOCK_AFTER_FAILURES,
          lockUntil,
          now,
        );
      }
      throw AuthErrors.badCredentials();
    }
    if (!user.active) throw AuthErrors.deactivated();
    await this.users.recordLoginSuccess(user.id, now);
    const sessionId = newId();
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.env.REFRESH_TTL_DAYS * 86_400_000);
    await this.sessions.create(
      { id: sessionId, userId: user.id, refreshHash: sha256(secret), expiresAt },
      now,
    );
    return this.pair(user.id, sessionId, secret, expiresAt);
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const now = this.clock.now();
    const [sessionId, secret] = refreshToken.split('.');
    // A session id is a UUID; anything else never reaches the database (whose id column is ASCII).
    if (!isId(sessionId) || !secret) throw AuthErrors.badRefreshToken();
    const session = await this.sessions.findById(sessionId);
    if (!session || session.revokedAt || session.expiresAt <= now) throw AuthErrors.badRefreshToken();
    const next = randomBytes(32).toString('base64url');
    if (!(await this.sessions.rotate(sessionId, sha256(secret), sha256(next), now))) {
      // An old secret presented again: someone holds a copy. End the session for everyone.
      await this.sessions.revoke(sessionId, 'refresh-token-reuse', now);
      throw AuthErrors.badRefreshToken();
    }
    if (!(await this.sessions.isOpenForActiveUser(sessionId, session.userId, now)))
      throw AuthErrors.sessionEnded();
    return this.pair(session.userId, sessionId, next, session.expiresAt);
  }

  async logout(principal: Principal): Promise<void> {
    await this.sessions.revoke(principal.sessionId, 'logout', this.clock.now());
  }

  /** Verifies an access token and loads the caller, or throws a 401 saying why. */
  async authenticate(token: string): Promise<Principal> {
    let claims: AccessClaims;
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
    const principal = await this.sessions.principalOf(claims.sid, claims.sub, this.clock.now());
    if (!principal) throw AuthErrors.sessionEnded();
    return principal;
  }

  private async pair(
    userId: string,
    sessionId: string,
    secret: string,
    refreshExpiresAt: Date,
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
    };
  }
}
