import * as argon2 from 'argon2';
import type { UserRepository } from '../user.repository';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-tree';

/** Active accounts a production system must not have (#15.11): demo logins, the published password. */
export interface DemoExposure {
  demoAccounts: string[];
  demoPassword: string[];
}

/**
 * Finds active demo accounts (by their published names) and active accounts whose password is the
 * published demo password. argon2 is slow by design, so only hashes not yet known to be something
 * else are verified, and each one found clean is marked (password_not_demo), provided it is still
 * the same hash: a production start checks a hash once, not on every restart.
 */
export async function findDemoExposure(users: UserRepository): Promise<DemoExposure> {
  const demoAccounts = await users.findActiveUsernames(DEMO_USERS.map((u) => u.username));
  const unchecked = await users.findUncheckedPasswords();
  // Accounts loaded in bulk often share one hash: each distinct hash is verified once.
  const byHash = new Map<string, Array<{ id: string; username: string }>>();
  for (const user of unchecked) {
    if (!byHash.has(user.passwordHash)) byHash.set(user.passwordHash, []);
    byHash.get(user.passwordHash)!.push(user);
  }
  const hashes = [...byHash.keys()];
  const demoPassword: string[] = [];
  // A few at a time: each verification takes ~19 MiB and tens of milliseconds of one core.
  for (let i = 0; i < hashes.length; i += 4) {
    await Promise.all(
      hashes.slice(i, i + 4).map(async (hash) => {
        if (await argon2.verify(hash, DEMO_PASSWORD).catch(() => false)) {
          demoPassword.push(...byHash.get(hash)!.map((user) => user.username));
        } else {
          await users.markPasswordNotDemo(
            byHash.get(hash)!.map((user) => user.id),
            hash,
          );
        }
      }),
    );
  }
  return { demoAccounts, demoPassword: demoPassword.sort() };
}

export class DemoDataInProductionError extends Error {
  constructor(exposure: DemoExposure) {
    const names = [...new Set([...exposure.demoAccounts, ...exposure.demoPassword])];
    const shown =
      names.length > 8 ? `${names.slice(0, 8).join(', ')} and ${names.length - 8} more` : names.join(', ');
    const what = [
      exposure.demoAccounts.length ? `${exposure.demoAccounts.length} demo account(s)` : '',
      exposure.demoPassword.length
        ? `${exposure.demoPassword.length} account(s) with the published demo password`
        : '',
    ]
      .filter(Boolean)
      .join(' and ');
    super(
      `Refusing to start with NODE_ENV=production: ${what} are active (${shown}). ` +
        'Run `npm run users:retire-demo` (deactivates the demo accounts, gives the others a one-time password) ' +
        'or deactivate them / reset their passwords yourself, then start again.',
    );
    this.name = 'DemoDataInProductionError';
  }
}
