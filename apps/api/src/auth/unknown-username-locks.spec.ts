import type { AppConfig } from '@app/config';
import { UNKNOWN_NAMES_KEPT_LOCALLY, UnknownUsernameLocks } from './unknown-username-locks';

// The per-process counts (LOGIN_THROTTLE_STORE=memory, or Redis down); the shared ones are
// exercised over Redis in test/identity/auth.e2e-spec.ts.
const locks = () => new UnknownUsernameLocks({ loginThrottleStore: 'memory' } as AppConfig);
const at = (minute: number) => new Date(Date.UTC(2027, 0, 4, 1, minute));
const rule = { lockAfter: 3, minutes: 15 };

async function fail(store: UnknownUsernameLocks, username: string, minute: number) {
  const now = at(minute);
  await store.recordFailure({
    username,
    lockAfter: rule.lockAfter,
    lockUntil: new Date(now.getTime() + rule.minutes * 60_000),
    now,
  });
}

describe('UnknownUsernameLocks (a made-up name locks like an account)', () => {
  it('locks a name at the account threshold, until the account lock would end', async () => {
    const store = locks();
    await fail(store, 'nobody', 0);
    await fail(store, 'nobody', 1);
    expect(await store.lockedUntil('nobody', at(1))).toBeNull();
    await fail(store, 'nobody', 2);
    expect(await store.lockedUntil('nobody', at(3))).toEqual(at(17));
    expect(await store.lockedUntil('someone-else', at(3))).toBeNull();
    expect(await store.lockedUntil('nobody', at(17))).toBeNull();
  });

  it('starts the count afresh once a lock has run out, as an account does', async () => {
    const store = locks();
    for (const minute of [0, 1, 2]) await fail(store, 'nobody', minute);
    await fail(store, 'nobody', 20);
    await fail(store, 'nobody', 21);
    expect(await store.lockedUntil('nobody', at(21))).toBeNull();
    await fail(store, 'nobody', 22);
    expect(await store.lockedUntil('nobody', at(22))).toEqual(at(37));
  });

  it('forgets the oldest names first when the per-process table is full', async () => {
    const store = locks();
    for (const minute of [0, 1, 2]) await fail(store, 'first', minute);
    for (let i = 0; i < UNKNOWN_NAMES_KEPT_LOCALLY; i++) await fail(store, `name-${i}`, 3);
    expect(await store.lockedUntil('first', at(4))).toBeNull();
    for (const minute of [4, 5]) await fail(store, 'name-0', minute);
    expect(await store.lockedUntil('name-0', at(5))).toEqual(at(20));
  });
});
