import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Principal } from '@app/directory';
import { AuthErrors } from './auth.errors';
import { AuthService } from './auth.service';

const PUBLIC = 'reportflow:public';
/** Marks a route that needs no login (health, login itself). Everything else does. */
export const Public = () => SetMetadata(PUBLIC, true);

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
    request.principal = await this.auth.authenticate(match[1]);
    return true;
  }
}
