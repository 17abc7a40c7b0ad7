import { decideFailedJob } from './failed-job-policy';

describe('decideFailedJob', () => {
  it('retries the kinds that are still owed, up to the limit, then gives up once', () => {
    for (const name of ['transition-notify', 'notice-issued', 'delivery-send', 'deadlines-changed']) {
      expect(decideFailedJob({ name, retriedSoFar: 0, limit: 3 })).toBe('retry');
      expect(decideFailedJob({ name, retriedSoFar: 2, limit: 3 })).toBe('retry');
      expect(decideFailedJob({ name, retriedSoFar: 3, limit: 3 })).toBe('give-up');
      expect(decideFailedJob({ name, retriedSoFar: 4, limit: 3 })).toBe('leave');
    }
  });

  it('leaves reminders to the reconciler, self-checks to the operator and unknown jobs alone', () => {
    for (const name of ['reminders-due', 'target-urged-push', 'self-check', 'no-such-job'])
      expect(decideFailedJob({ name, retriedSoFar: 0, limit: 3 })).toBe('leave');
  });

  it('with a limit of 0 never retries, and still says once that it gave up', () => {
    expect(decideFailedJob({ name: 'transition-notify', retriedSoFar: 0, limit: 0 })).toBe('give-up');
    expect(decideFailedJob({ name: 'transition-notify', retriedSoFar: 1, limit: 0 })).toBe('leave');
  });
});
