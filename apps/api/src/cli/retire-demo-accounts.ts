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
import { findDemoExposure } from '@app/directory';
import { buildDataSourceOptions } from '@app/persistence';
import { hashPassword } from '../auth/passwords';

async function main(): Promise<void> {
  const dataSource = await new DataSource(buildDataSourceOptions(loadConfig())).initialize();
  try {
    const exposure = await findDemoExposure(dataSource);
    const now = new Date();
    const demo = new Set(exposure.demoAccounts);
    for (const username of exposure.demoAccounts) {
      await change(dataSource, username, 'user.deactivated', now, async (manager, id) => {
        await manager.query('UPDATE users SET active = 0, updated_at = ? WHERE id = ?', [now, id]);
      });
      console.log(`deactivated demo account ${username}`);
    }
    for (const username of exposure.demoPassword.filter((name) => !demo.has(name))) {
      // Letters and digits only, with both guaranteed: it must pass the password policy.
      const oneTime = `Rf${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}7`;
      const hash = await hashPassword(oneTime);
      await change(dataSource, username, 'user.password-reset', now, async (manager, id) => {
        await manager.query(
          'UPDATE users SET password_hash = ?, must_change_password = 1, password_not_demo = 1, updated_at = ? WHERE id = ?',
          [hash, now, id],
        );
      });
      console.log(`${username}: one-time password ${oneTime} (must be changed at the next login)`);
    }
    if (exposure.demoAccounts.length + exposure.demoPassword.length === 0)
      console.log('No active demo account and no account on the demo password: nothing to do.');
  } finally {
    await dataSource.destroy();
  }
}

/** One account's change, its sessions ended and the admin event, in one transaction. */
async function change(
  dataSource: DataSource,
  username: string,
  action: string,
  now: Date,
  apply: (manager: DataSource['manager'], id: string) => Promise<void>,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const [user]: Array<{ id: string; unit_id: string }> = await manager.query(
      'SELECT id, unit_id FROM users WHERE username = ? FOR UPDATE',
      [username],
    );
    await apply(manager, user.id);
    await manager.query(
      "UPDATE sessions SET revoked_at = ?, revoked_reason = 'retire-demo' WHERE user_id = ? AND revoked_at IS NULL",
      [now, user.id],
    );
    await manager.query(
      `INSERT INTO admin_events (actor_user_id, action, target_type, target_id, unit_id, details, created_at)
       VALUES (NULL, ?, 'user', ?, ?, ?, ?)`,
      [action, user.id, user.unit_id, JSON.stringify({ by: 'users:retire-demo' }), now],
    );
  });
}

main().catch((error: unknown) => {
  console.error(`users:retire-demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
