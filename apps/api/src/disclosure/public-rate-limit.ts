import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, Clock } from '@app/common';
import { windowOf } from '../http/fixed-window-counts';
import { PublicRequestCounts } from './public-request-counts';

/** Requests one client address may make to the public pages per minute (a crawler or a refresh loop, not a reader). */
export const PUBLIC_REQUESTS_PER_MINUTE = 120;

/**
 * The public pages need no login, so nothing else limits them: a fixed one-minute window per client
 * address, counted across API processes (PublicRequestCounts; X-Forwarded-For counts only from the
 * proxies TRUST_PROXY names, as for logins). Over the limit: 429 TOO_MANY_REQUESTS with Retry-After.
 */
@Injectable()
export class PublicRateLimit implements CanActivate {
  constructor(
    private readonly clock: Clock,
    private readonly counts: PublicRequestCounts,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const { windowStart, secondsLeft: retryAfter } = windowOf(this.clock.now().getTime());
    const count = await this.counts.increment({ client: request.ip ?? 'unknown', windowStart });
    if (count <= PUBLIC_REQUESTS_PER_MINUTE) return true;
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw new AppError(
      429,
      'TOO_MANY_REQUESTS',
      `Too many requests to the public pages; try again in ${retryAfter} s`,
    );
  }
}
