import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';

/** What the API tells the database about the request it is serving (see read-routing.ts). */
export interface RequestReadScope {
  writes: boolean;
  /** Asked only when a read could go to a replica, so other requests pay no Redis round trip. */
  principalWroteRecently(): Promise<boolean>;
}

/**
 * Carries the current HTTP request's scope to `Database` in async-local storage, as the transaction
 * travels: repositories do not pass it along. Outside `run` (the worker, CLIs, start-up) there is
 * none, and every read stays on the primary.
 */
@Injectable()
export class RequestReads {
  private readonly current = new AsyncLocalStorage<RequestReadScope>();

  run<T>(scope: RequestReadScope, work: () => T): T {
    return this.current.run(scope, work);
  }

  get scope(): RequestReadScope | undefined {
    return this.current.getStore();
  }
}
