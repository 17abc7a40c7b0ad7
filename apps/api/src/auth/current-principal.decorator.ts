import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@app/directory';
import type { AuthenticatedRequest } from './auth.guard';

/** The authenticated caller (set by AuthGuard). */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
