import { newId } from '@app/common';
import type { Transactions } from '@app/persistence';
import type { UnitRepository } from '../unit.repository';
import type { UserRepository } from '../user.repository';
import { DEMO_TREE, DEMO_USERS, type DemoUnit } from './demo-tree';

export interface SeedResult {
  created: boolean;
  unitIds: Record<string, string>;
  userIds: Record<string, string>;
}

/** What the seed writes with: built by the CLI (or a test) around its own data source. */
export interface DemoSeedStores {
  transactions: Transactions;
  units: UnitRepository;
  users: UserRepository;
}

/**
 * Loads the demo tree and users. Idempotent: when the root already exists, nothing is written and
 * the existing ids are returned (looked up by name), so start.sh can call it on every start.
 */
export async function seedDemo(
  stores: DemoSeedStores,
  passwordHash: string,
  now = new Date(),
): Promise<SeedResult> {
  const { units, users } = stores;
  return stores.transactions.run(async () => {
    const unitIds: Record<string, string> = {};
    // Locked: two seeds started together wait for each other instead of both loading the tree.
    const created = (await units.lockRootByName(DEMO_TREE.name)) === null;

    const housingId = (unit: DemoUnit): string => {
      const id = unitIds[unit.housedIn!];
      if (!id) throw new Error(`Demo unit ${unit.key} is housed in ${unit.housedIn}, which must come first`);
      return id;
    };
    const visit = async (unit: DemoUnit, parent: { id: string; path: string } | null): Promise<void> => {
      const row =
        (await units.findChildByName(parent?.id ?? null, unit.name)) ??
        (await units.insert({
          id: newId(),
          parentId: parent?.id ?? null,
          parentPath: parent?.path ?? null,
          name: unit.name,
          kind: unit.kind,
          level: unit.level,
          divisionCode: unit.divisionCode ?? null,
          demonstrationArea: false,
          housedInUnitId: unit.housedIn ? housingId(unit) : null,
          createdBy: null,
          now,
        }));
      unitIds[unit.key] = row.id;
      for (const child of unit.children ?? []) await visit(child, row);
    };
    await visit(DEMO_TREE, null);

    const userIds: Record<string, string> = {};
    for (const user of DEMO_USERS) {
      const existing = await users.findIdByUsername(user.username);
      if (existing) {
        userIds[user.username] = existing;
        continue;
      }
      const id = newId();
      userIds[user.username] = id;
      // The demo password is published: password_not_demo stays 0 so production refuses to start.
      await users.insert({
        id,
        unitId: unitIds[user.unit],
        username: user.username,
        displayName: user.displayName,
        email: null,
        passwordHash,
        passwordNotDemo: false,
        // Logged into as they are on a local system; production refuses to start while they exist.
        mustChangePassword: false,
        now,
      });
      for (const grant of user.roles) {
        const [role, unitKey] = Array.isArray(grant) ? grant : [grant, user.unit];
        await users.addRole({ userId: id, role, unitId: unitIds[unitKey], grantedBy: null, now });
      }
    }
    return { created, unitIds, userIds };
  });
}
