import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { concatMap, type Observable } from 'rxjs';
import { AppConfig } from '@app/config';
import { RequestReads, type RequestReadScope } from '@app/persistence';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { RecentWriters } from './recent-writers';

const READING_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * With read replicas, tells the database about each request (runs after the AuthGuard, so the user
 * is known): a writing request reads only the primary, and after it succeeds its user is marked as
 * a recent writer so that their next reads, in any API process, also go to the primary. Without
 * DATABASE_REPLICA_URLS it does nothing at all.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  private readonly enabled: boolean;

  constructor(
    config: AppConfig,
    private readonly requestReads: RequestReads,
    private readonly recentWriters: RecentWriters,
  ) {
    this.enabled = config.database.replicaUrls.length > 0;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.enabled || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const userId = request.principal?.userId;
    const writes = !READING_METHODS.has(request.method);
    let asked: Promise<boolean> | undefined;
    const scope: RequestReadScope = {
      writes,
      principalWroteRecently: () =>
        (asked ??= userId ? this.recentWriters.wroteRecently(userId) : Promise.resolve(false)),
    };
    // The handler (and the async work it starts) runs inside the scope: Nest binds it where handle() is called.
    const handled = this.requestReads.run(scope, () => next.handle());
    if (!writes || !userId) return handled;
    // Marked before the response leaves, so the user's next request cannot overtake the mark.
    return handled.pipe(
      concatMap(async (body: unknown) => {
        await this.recentWriters.mark(userId);
        return body;
      }),
    );
  }
}
