import type { DataSource } from 'typeorm';
import { newId } from '@app/common';
import { DEMO_TREE, DEMO_USERS, type DemoUnit } from './demo-tree';

export interface SeedResult {
  created: boolean;
  unitIds: Record<string, string>;
  userIds: Record<string, string>;
}

/**
 * Loads the demo tree and users. Idempotent: when the root already exists, nothing is written and
 * the existing ids are returned (looked up by name), so start.sh can call it on every start.
 */
export async function seedDemo(
  dataSource: DataSource,
  passwordHash: string,
  now = new Date(),
): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    const unitIds: Record<string, string> = {};
    const existingRoot: Array<{ id: string }> = await manager.query(
      'SELECT id FROM units WHERE parent_id IS NULL AND name = ? FOR UPDATE',
      [DEMO_TREE.name],
    );
    const created = existingRoot.length === 0;

    const visit = async (unit: DemoUnit, parent: { id: string; path: string } | null): Promise<void> => {
      let row: { id: string; path: string } | undefined = (
        await manager.query(
          'SELECT id, path FROM units WHERE name = ? AND ' + (parent ? 'parent_id = ?' : 'parent_id IS NULL'),
          parent ? [unit.name, parent.id] : [unit.name],
        )
      )[0];
      if (!row) {
        const id = newId();
        const path = `${parent?.path ?? '/'}${id}/`;
        await manager.query(
          `INSERT INTO units (id, parent_id, path, depth, name, kind, level, division_code, demonstration_area, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
          [
            id,
            parent?.id ?? null,
            path,
            path.split('/').filter(Boolean).length - 1,
            unit.name,
            unit.kind,
            unit.level,
            unit.divisionCode ?? null,
            now,
          ],
        );
        row = { id, path };
      }
      unitIds[unit.key] = row.id;
      for (const child of unit.children ?? []) await visit(child, row);
    };
    await visit(DEMO_TREE, null);

    const userIds: Record<string, string> = {};
    for (const user of DEMO_USERS) {
      const existing: Array<{ id: string }> = await manager.query('SELECT id FROM users WHERE username = ?', [
        user.username,
      ]);
      if (existing[0]) {
        userIds[user.username] = existing[0].id;
        continue;
      }
      const id = newId();
      userIds[user.username] = id;
      await manager.query(
        `INSERT INTO users (id, unit_id, username, display_name, password_hash, active, failed_logins, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?)`,
        [id, unitIds[user.unit], user.username, user.displayName, passwordHash, now, now],
      );
      for (const grant of user.roles) {
        const [role, unitKey] = Array.isArray(grant) ? grant : [grant, user.unit];
        await manager.query(
          'INSERT INTO user_roles (user_id, role, unit_id, granted_at) VALUES (?, ?, ?, ?)',
          [id, role, unitIds[unitKey], now],
        );
      }
    }
    return { created, unitIds, userIds };
  });
}
