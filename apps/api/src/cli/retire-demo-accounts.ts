/**
 * `npm run users:retire-demo`: makes a database fit for NODE_ENV=production (#15.11). Demo
 * accounts (by their published names) are deactivated; any other active account still on the
 * published demo password gets a random one-time password, printed here once, to be changed at the
 * next login. Every session of those accounts ends; each change is an admin event with no actor.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { AdminEventRepository, findDemoExposure, UserRepository } from '@app/directory';
import { buildDataSourceOptions, Database, Transactions } from '@app/persistence';
import { hashPassword } from '../auth/passwords';
import { SessionRepository } from '../auth/session.repository';

/** The repositories this script changes accounts with, around its own data source. */
interface Stores {
  transactions: Transactions;
  users: UserRepository;
  sessions: SessionRepository;
  events: AdminEventRepository;
}

async function main(): Promise<void> {
  const dataSource = await new DataSource(buildDataSourceOptions(loadConfig())).initialize();
  try {
    const db = new Database(dataSource);
    const stores: Stores = {
      transactions: new Transactions(db),
      users: new UserRepository(db),
      sessions: new SessionRepository(db),
      events: new AdminEventRepository(db),
    };
    const exposure = await findDemoExposure(stores.users);
    const now = new Date();
    const demo = new Set(exposure.demoAccounts);
    for (const username of exposure.demoAccounts) {
      await change(stores, { username, action: 'user.deactivated', now }, (id) =>
        stores.users.setActive(id, false, now),
      );
      console.log(`deactivated demo account ${username}`);
    }
    for (const username of exposure.demoPassword.filter((name) => !demo.has(name))) {
      // Letters and digits only, with both guaranteed: it must pass the password policy.
      const oneTime = `Rf${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}7`;
      const passwordHash = await hashPassword(oneTime);
      await change(stores, { username, action: 'user.password-reset', now }, (userId) =>
        stores.users.setPassword({ userId, passwordHash, mustChange: true, notDemo: true, now }),
      );
      console.log(`${username}: one-time password ${oneTime} (must be changed at the next login)`);
    }
    if (exposure.demoAccounts.length + exposure.demoPassword.length === 0)
      console.log('No active demo account and no account on the demo password: nothing to do.');
  } finally {
    await dataSource.destroy();
  }
}

/** One account's change, its sessions ended and the admin event (no actor), in one transaction. */
async function change(
  stores: Stores,
  what: { username: string; action: 'user.deactivated' | 'user.password-reset'; now: Date },
  apply: (userId: string) => Promise<void>,
): Promise<void> {
  await stores.transactions.run(async () => {
    const user = await stores.users.lockByUsername(what.username);
    if (!user) throw new Error(`${what.username}: the account disappeared while this ran`);
    await apply(user.id);
    await stores.sessions.revokeAllOfUser({ userId: user.id, reason: 'retire-demo', now: what.now });
    await stores.events.record({
      actorUserId: null,
      action: what.action,
      targetType: 'user',
      targetId: user.id,
      unitId: user.unitId,
      details: { by: 'users:retire-demo' },
      now: what.now,
    });
  });
}

main().catch((error: unknown) => {
  console.error(`users:retire-demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
