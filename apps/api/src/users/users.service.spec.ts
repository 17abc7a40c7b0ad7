import { ManualClock } from '@app/common';
import {
  DEMO_PASSWORD,
  type AdminEventRepository,
  type NewAdminEvent,
  type NewUser,
  type PasswordChange,
  type Principal,
  type RoleGrant,
  type Unit,
  type UnitRepository,
  type UserRepository,
  type UserWithSecret,
} from '@app/directory';
import type { Transactions } from '@app/persistence';
import type { AccountSessions, AccountChangeEndingSessions } from '../auth/account-sessions';
import { UsersService } from './users.service';

/** One in-memory directory behind every fake repository; each write notes whether a transaction was open. */
class FakeDirectory {
  inTransaction = false;
  readonly units = new Map<string, Unit>();
  readonly users = new Map<string, UserWithSecret>();
  readonly writes: Array<{ what: string; inTransaction: boolean }> = [];
  readonly events: NewAdminEvent[] = [];
  readonly endedSessions: Array<{ userId: string; reason: AccountChangeEndingSessions }> = [];
  readonly passwords: PasswordChange[] = [];

  wrote(what: string): void {
    this.writes.push({ what, inTransaction: this.inTransaction });
  }

  transactions: Pick<Transactions, 'run'> = {
    run: async <T>(work: () => Promise<T>): Promise<T> => {
      this.inTransaction = true;
      try {
        return await work();
      } finally {
        this.inTransaction = false;
      }
    },
  };

  unitRepository: Pick<UnitRepository, 'findById' | 'findByIds'> = {
    findById: async (id) => this.units.get(id) ?? null,
    findByIds: async (ids) => ids.flatMap((id) => this.units.get(id) ?? []),
  };

  userRepository: Pick<
    UserRepository,
    'findById' | 'insert' | 'addRole' | 'removeRole' | 'setActive' | 'unlock' | 'setPassword'
  > = {
    findById: async (id) => {
      const user = this.users.get(id);
      return user ? { ...user, roles: [...user.roles] } : null;
    },
    insert: async (user: NewUser) => this.wrote(`insert ${user.username}`),
    addRole: async (grant: RoleGrant) => this.wrote(`addRole ${grant.role}`),
    removeRole: async () => {
      this.wrote('removeRole');
      return true;
    },
    setActive: async (userId, active) => {
      this.wrote(`setActive ${String(active)}`);
      this.users.get(userId)!.active = active;
    },
    unlock: async (userId) => {
      this.wrote('unlock');
      Object.assign(this.users.get(userId)!, { failedLogins: 0, lockedUntil: null });
    },
    setPassword: async (change) => {
      this.wrote('setPassword');
      this.passwords.push(change);
      this.users.get(change.userId)!.passwordChangeRequired = change.mustChange;
    },
  };

  eventRepository: Pick<AdminEventRepository, 'record'> = {
    record: async (event) => {
      this.wrote(`event ${event.action}`);
      this.events.push(event);
    },
  };

  /** Users whose known browsers (login devices) were unlocked, in order. */
  unlockedDevices: string[] = [];

  accountSessions: Pick<AccountSessions, 'endAllOf' | 'unlockDevicesOf'> = {
    endAllOf: async (userId, reason) => {
      this.wrote(`endSessions ${reason}`);
      this.endedSessions.push({ userId, reason });
    },
    unlockDevicesOf: async (userId) => {
      this.unlockedDevices.push(userId);
    },
  };
}

const unit = (id: string, parent: Unit | null, name: string): Unit => ({
  id,
  parentId: parent?.id ?? null,
  path: `${parent?.path ?? '/'}${id}/`,
  depth: parent ? parent.depth + 1 : 0,
  name,
  kind: 'government',
  level: parent ? 'county' : 'prefecture',
  divisionCode: null,
  demonstrationArea: false,
  housedInUnitId: null,
  createdAt: new Date('2026-01-01T00:00:00Z'),
});

describe('UsersService (account administration rules)', () => {
  const now = new Date('2026-03-01T02:00:00Z');
  let directory: FakeDirectory;
  let service: UsersService;
  let city: Unit;
  let county: Unit;
  let countyAdmin: Principal;
  let cityAdmin: Principal;

  const addUser = (id: string, home: Unit, changes: Partial<UserWithSecret> = {}): UserWithSecret => {
    const user: UserWithSecret = {
      id,
      unitId: home.id,
      unitPath: home.path,
      username: id,
      displayName: id,
      email: null,
      active: true,
      failedLogins: 0,
      lockedUntil: null,
      passwordChangeRequired: false,
      createdAt: now,
      roles: [{ role: 'drafter', unitId: home.id, unitPath: home.path }],
      passwordHash: 'hash',
      ...changes,
    };
    directory.users.set(id, user);
    return user;
  };

  beforeEach(() => {
    directory = new FakeDirectory();
    city = unit('city', null, '示例市');
    county = unit('county', city, '示例县');
    directory.units.set(city.id, city);
    directory.units.set(county.id, county);
    const admin = (userId: string, at: Unit): Principal => ({
      userId,
      username: userId,
      displayName: userId,
      unitId: at.id,
      unitPath: at.path,
      roles: [{ role: 'admin', unitId: at.id, unitPath: at.path }],
      sessionId: `session-of-${userId}`,
    });
    countyAdmin = admin('county-admin', county);
    cityAdmin = admin('city-admin', city);
    addUser(countyAdmin.userId, county, { roles: countyAdmin.roles });
    service = new UsersService(
      directory.transactions as Transactions,
      directory.unitRepository as UnitRepository,
      directory.userRepository as UserRepository,
      directory.eventRepository as AdminEventRepository,
      directory.accountSessions as AccountSessions,
      new ManualClock(now),
    );
  });

  it('deactivation ends every session of the user in the same transaction as the change and its event', async () => {
    addUser('drafter', county);
    const view = await service.setActive(countyAdmin, 'drafter', false);
    expect(view.active).toBe(false);
    expect(directory.endedSessions).toEqual([{ userId: 'drafter', reason: 'deactivated' }]);
    expect(directory.writes).toEqual([
      { what: 'setActive false', inTransaction: true },
      { what: 'endSessions deactivated', inTransaction: true },
      { what: 'event user.deactivated', inTransaction: true },
    ]);
  });

  it('refuses to let an administrator deactivate their own account, writing nothing', async () => {
    await expect(service.setActive(countyAdmin, countyAdmin.userId, false)).rejects.toMatchObject({
      code: 'CANNOT_DEACTIVATE_SELF',
    });
    expect(directory.writes).toEqual([]);
  });

  it('activating a locked-out account also clears the lock and says so in the event', async () => {
    const lockedUntil = new Date(now.getTime() + 10 * 60_000);
    addUser('locked', county, { active: false, failedLogins: 5, lockedUntil });
    await service.setActive(countyAdmin, 'locked', true);
    expect(directory.writes.map((w) => w.what)).toEqual(['setActive true', 'unlock', 'event user.activated']);
    expect(directory.events[0].details).toEqual({ unlocked: { lockedUntil: lockedUntil.toISOString() } });
    expect(directory.endedSessions).toEqual([]);
  });

  it('an expired lock is no lock: activation does not record an unlock', async () => {
    addUser('was-locked', county, { active: false, lockedUntil: new Date(now.getTime() - 1) });
    await service.setActive(countyAdmin, 'was-locked', true);
    expect(directory.writes.map((w) => w.what)).toEqual(['setActive true', 'event user.activated']);
    expect(directory.events[0].details).toEqual({});
  });

  it('unlock clears failures and records how many there were; on a clean account it changes nothing', async () => {
    addUser('clean', county);
    await service.unlock(countyAdmin, 'clean');
    expect(directory.writes).toEqual([]);

    addUser('guessed', county, { failedLogins: 3 });
    const view = await service.unlock(countyAdmin, 'guessed');
    expect(view).not.toHaveProperty('failedLogins');
    expect(directory.events.map((e) => [e.action, e.details])).toEqual([
      ['user.unlocked', { failedLogins: 3, lockedUntil: null }],
    ]);
    // Both unlocks open the user's known browsers too (one may be locked while the account is not).
    expect(directory.unlockedDevices).toEqual(['clean', 'guessed']);
  });

  it('a password reset sets a one-time password, clears the lock and ends every session', async () => {
    addUser('forgetful', county, { failedLogins: 5, lockedUntil: new Date(now.getTime() + 60_000) });
    const view = await service.resetPassword(countyAdmin, 'forgetful', 'Temporary2026x');
    expect(view.passwordChangeRequired).toBe(true);
    expect(directory.passwords).toEqual([
      expect.objectContaining({ userId: 'forgetful', mustChange: true, notDemo: true }),
    ]);
    expect(directory.passwords[0].passwordHash).not.toContain('Temporary2026x');
    expect(directory.writes.every((w) => w.inTransaction)).toBe(true);
    expect(directory.writes.map((w) => w.what)).toEqual([
      'setPassword',
      'unlock',
      'endSessions password-reset',
      'event user.password-reset',
    ]);
    expect(directory.events[0].details).toEqual({ mustChangeAtNextLogin: true });
  });

  it('a reset to the published demo password is recorded as one a production start must check', async () => {
    addUser('demo-like', county);
    await service.resetPassword(countyAdmin, 'demo-like', DEMO_PASSWORD);
    expect(directory.passwords[0].notDemo).toBe(false);
  });

  it('an administrator cannot reset their own password (that needs the current one)', async () => {
    await expect(
      service.resetPassword(countyAdmin, countyAdmin.userId, 'Another2026x'),
    ).rejects.toMatchObject({
      code: 'OWN_PASSWORD_RESET_FORBIDDEN',
    });
    expect(directory.writes).toEqual([]);
  });

  it('a user holding a role above the caller reach cannot be changed by the lower admin (#15.3)', async () => {
    addUser('coordinator', county, {
      roles: [{ role: 'coordinator', unitId: city.id, unitPath: city.path }],
    });
    await expect(service.setActive(countyAdmin, 'coordinator', false)).rejects.toMatchObject({
      code: 'TARGET_HOLDS_ROLE_BEYOND_YOUR_REACH',
    });
    await service.setActive(cityAdmin, 'coordinator', false);
    expect(directory.endedSessions).toEqual([{ userId: 'coordinator', reason: 'deactivated' }]);
  });
});
