import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Principal } from '@app/directory';
import { AuthErrors } from './auth.errors';
import { AuthService } from './auth.service';

const PUBLIC = 'reportflow:public';
/** Marks a route that needs no login (health, login itself). Everything else does. */
export const Public = () => SetMetadata(PUBLIC, true);

const BEFORE_PASSWORD_CHANGE = 'reportflow:before-password-change';
/**
 * Marks a route a user holding an administrator's one-time password may still call (changing the
 * password, logging out); every other route answers 403 PASSWORD_CHANGE_REQUIRED for them.
 */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);

export type AuthenticatedRequest = Request & { principal?: Principal };

/** Global guard: every route requires a valid access token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._-]+)$/.exec(header) : null;
    if (!match) throw AuthErrors.missingToken();
    const beforePasswordChange = this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE, [
      context.getHandler(),
      context.getClass(),
    ]);
    request.principal = await this.auth.authenticate(match[1], { beforePasswordChange });
    return true;
  }
}
