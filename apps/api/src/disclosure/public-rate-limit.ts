import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AppError, Clock } from '@app/common';

/** Requests one client address may make to the public pages per minute (a crawler or a refresh loop, not a reader). */
export const PUBLIC_REQUESTS_PER_MINUTE = 120;

/**
 * The public pages need no login, so nothing else limits them: a fixed one-minute window per client
 * address (per process; X-Forwarded-For counts only behind the loopback proxy, as for logins).
 * Over the limit: 429 TOO_MANY_REQUESTS with Retry-After.
 */
@Injectable()
export class PublicRateLimit implements CanActivate {
  private window = { startedAt: 0, counts: new Map<string, number>() };

  constructor(private readonly clock: Clock) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const now = this.clock.now().getTime();
    if (now - this.window.startedAt >= 60_000) this.window = { startedAt: now, counts: new Map() };
    const client = request.ip ?? 'unknown';
    const count = (this.window.counts.get(client) ?? 0) + 1;
    this.window.counts.set(client, count);
    if (count > PUBLIC_REQUESTS_PER_MINUTE) {
      const retryAfter = Math.max(1, Math.ceil((this.window.startedAt + 60_000 - now) / 1000));
      context
        .switchToHttp()
        .getResponse<{ setHeader(n: string, v: string): void }>()
        .setHeader('Retry-After', String(retryAfter));
      throw new AppError(
        429,
        'TOO_MANY_REQUESTS',
        `Too many requests to the public pages; try again in ${retryAfter} s`,
      );
    }
    return true;
  }
}
