import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { Cluster } from 'ioredis';
import { isId } from '@app/common';
import { AppConfig } from '@app/config';
import { DirectoryModule, usernameThrottleKey } from '@app/directory';
import { createRedisClient } from '@app/queue';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AccountSessions } from './account-sessions';
import { LoginDeviceRepository } from './login-device.repository';
import { LoginFailuresByAddress } from './login-failures-by-address';
import { SessionRepository } from './session.repository';
import { UnknownUsernameLocks } from './unknown-username-locks';
import { IdempotencyKeySupport } from '../http/idempotency-key';
import { UndeclaredQueryRefusal } from '../http/undeclared-query';

@Module({
  imports: [
    DirectoryModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // A KeyObject made once: given the secret as a string, jsonwebtoken first tries (and fails)
        // to parse it as a public key on every verify, which cost ~10% of a transition's CPU.
        const key = createSecretKey(Buffer.from(config.env.JWT_SECRET, 'utf8'));
        return { secretOrKeyProvider: () => key, signOptions: { algorithm: 'HS256' } };
      },
    }),
    // Applied only where @UseGuards(ThrottlerGuard) is used (login, refresh, password change): one limit per
    // account name, so hammering one account does not work, and a high one per client address on every
    // request, which bounds the password hashing one address causes. Spraying many accounts is stopped
    // by counting failures per address (LoginFailuresByAddress), not requests: a county's offices
    // behind one NAT log in together on a deadline morning.
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: 'per-ip', ttl: 60_000, limit: config.env.LOGIN_REQUESTS_PER_ADDRESS_PER_MINUTE },
          {
            name: 'per-account',
            ttl: 60_000,
            limit: config.env.LOGIN_THROTTLE_PER_MINUTE,
            // Guards run before validation, so the name is normalised here as login will (#15.8):
            // every look-alike of a name spends that name's budget.
            getTracker: (req: Record<string, unknown>) => {
              // A password change (after the AuthGuard has run) spends its own user's budget.
              const principal = (req as { principal?: { userId: string } }).principal;
              if (principal) return `user:${principal.userId}`;
              const body = (req as unknown as Request).body as
                { username?: unknown; refreshToken?: unknown; deviceToken?: unknown } | undefined;
              const account =
                typeof body?.username === 'string'
                  ? usernameThrottleKey(body.username)
                  : String(body?.refreshToken ?? '')
                      .split('.')[0]
                      .toLowerCase();
              // A browser that logged in before counts on its own (pen test, stop 40: ten requests naming
              // a user, without even a password, kept the owner out for a minute at a time, from their
              // own browser too). A made-up device id buys no guesses: an unknown browser's failures
              // still lock the account (AuthService.login) and count against its address.
              const deviceId = typeof body?.deviceToken === 'string' ? body.deviceToken.split('.')[0] : '';
              return isId(deviceId) ? `account:${account}:device:${deviceId}` : `account:${account}`;
            },
          },
        ],
        // The refusal itself is LoginThrottlerGuard's (it names the seconds to wait).
        // Counted in Redis, not in each process's memory: with several API processes (API_PROCESSES)
        // or hosts, an attacker would otherwise get the limit once per process.
        storage: config.loginThrottleStore === 'redis' ? throttleStorage(config) : undefined,
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionRepository,
    LoginDeviceRepository,
    LoginFailuresByAddress,
    UnknownUsernameLocks,
    AccountSessions,
    { provide: APP_GUARD, useClass: AuthGuard },
    // After the AuthGuard, in this module's order: a request without a token is 401 whatever it
    // carries, not 400 for its key (review, stop 52: AppModule's guards ran first).
    { provide: APP_GUARD, useClass: IdempotencyKeySupport },
    // After the AuthGuard too: it reads whether the request is a user's (anonymous links keep
    // whatever a chat app appends).
    { provide: APP_GUARD, useClass: UndeclaredQueryRefusal },
  ],
  exports: [AuthService, AccountSessions],
})
export class AuthModule {}

/**
 * Login counts live in Redis, not in each process's memory: with several API processes
 * (API_PROCESSES) or hosts, an attacker would otherwise get the limit once per process. Fail fast:
 * a login must not hang while Redis is away. Under the queue prefix, so the keys share its hash slot.
 */
function throttleStorage(config: AppConfig): ThrottlerStorageRedisService {
  const client = createRedisClient(config.redis.topology, 'fail-fast', `${config.redis.prefix}:throttle:`);
  const storage =
    client instanceof Cluster
      ? new ThrottlerStorageRedisService(client)
      : new ThrottlerStorageRedisService(client);
  // Ours to close when the API stops (the library closes only connections it opened itself).
  storage.disconnectRequired = true;
  return storage;
}
