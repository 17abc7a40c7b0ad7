import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of, throwError, type Observable } from 'rxjs';
import { loadConfig } from '@app/config';
import { RequestReads, type RequestReadScope } from '@app/persistence';
import type { RecentWriters } from './recent-writers';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';

const WITH_REPLICA = {
  DATABASE_URL: 'mysql://rf:pw@127.0.0.1:13316/reportflow',
  DATABASE_REPLICA_URLS: 'mysql://rf:pw@127.0.0.1:13317/reportflow',
};

/** A request through the interceptor; returns what the handler saw and what happened to Redis. */
async function through(options: {
  env?: Record<string, string>;
  method: string;
  userId?: string;
  wroteRecently?: boolean;
  handler?: () => Observable<unknown>;
}) {
  const events: string[] = [];
  const writers = {
    mark: jest.fn(async (userId: string) => void events.push(`mark ${userId}`)),
    wroteRecently: jest.fn(async () => options.wroteRecently ?? false),
  };
  const reads = new RequestReads();
  const interceptor = new ReadYourWritesInterceptor(
    loadConfig(options.env ?? WITH_REPLICA, ''),
    reads,
    writers as unknown as RecentWriters,
  );
  const request = {
    method: options.method,
    principal: options.userId ? { userId: options.userId } : undefined,
  };
  const context = {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  let scope: RequestReadScope | undefined;
  const next: CallHandler = {
    handle: () => {
      scope = reads.scope;
      return (options.handler ?? (() => of('body')))();
    },
  };
  await lastValueFrom(interceptor.intercept(context, next)).then(
    (body) => void events.push(`response ${String(body)}`),
    (error: Error) => void events.push(`error ${error.message}`),
  );
  return { scope, events, writers };
}

describe('ReadYourWritesInterceptor', () => {
  it('does nothing without read replicas: no scope, no Redis', async () => {
    const { scope, events, writers } = await through({ env: {}, method: 'POST', userId: 'u1' });
    expect(scope).toBeUndefined();
    expect(events).toEqual(['response body']);
    expect(writers.wroteRecently).not.toHaveBeenCalled();
  });

  it('marks the user of a successful writing request before the response leaves', async () => {
    const { scope, events } = await through({ method: 'POST', userId: 'u1' });
    expect(scope?.writes).toBe(true);
    expect(events).toEqual(['mark u1', 'response body']);
  });

  it('marks nobody when the writing request fails', async () => {
    const { events } = await through({
      method: 'PATCH',
      userId: 'u1',
      handler: () => throwError(() => new Error('409 stale version')),
    });
    expect(events).toEqual(['error 409 stale version']);
  });

  it('asks Redis once per request whether a reading user wrote lately, and marks nothing', async () => {
    const { scope, events, writers } = await through({ method: 'GET', userId: 'u2', wroteRecently: true });
    expect(scope?.writes).toBe(false);
    expect(await scope!.principalWroteRecently()).toBe(true);
    expect(await scope!.principalWroteRecently()).toBe(true);
    expect(writers.wroteRecently).toHaveBeenCalledTimes(1);
    expect(writers.wroteRecently).toHaveBeenCalledWith('u2');
    expect(events).toEqual(['response body']);
  });

  it('treats an anonymous GET (the public disclosure page) as a reader who wrote nothing', async () => {
    const { scope, writers } = await through({ method: 'GET' });
    expect(await scope!.principalWroteRecently()).toBe(false);
    expect(writers.wroteRecently).not.toHaveBeenCalled();
  });
});
