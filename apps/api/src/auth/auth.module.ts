import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { AppConfig } from '@app/config';
import { usernameThrottleKey } from '@app/directory';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AccountSessions } from './account-sessions';
import { SessionRepository } from './session.repository';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // A KeyObject made once: given the secret as a string, jsonwebtoken first tries (and fails)
        // to parse it as a public key on every verify, which cost ~10% of a transition's CPU.
        const key = createSecretKey(Buffer.from(config.env.JWT_SECRET, 'utf8'));
        return { secretOrKeyProvider: () => key, signOptions: { algorithm: 'HS256' } };
      },
    }),
    // Applied only where @UseGuards(ThrottlerGuard) is used (login, refresh, password change): one limit per client IP
    // and one per account name, so neither spraying accounts nor hammering one account works.
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: 'per-ip', ttl: 60_000, limit: config.env.LOGIN_THROTTLE_PER_MINUTE * 3 },
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
                { username?: unknown; refreshToken?: unknown } | undefined;
              const account =
                typeof body?.username === 'string'
                  ? usernameThrottleKey(body.username)
                  : String(body?.refreshToken ?? '')
                      .split('.')[0]
                      .toLowerCase();
              return `account:${account}`;
            },
          },
        ],
        errorMessage: 'Too many login attempts; wait a minute and try again',
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, SessionRepository, AccountSessions, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, AccountSessions],
})
export class AuthModule {}
