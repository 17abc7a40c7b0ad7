import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { newId } from '@app/common';
import { normaliseUsername } from '@app/directory';
import type { Role } from '@app/workflow';
import { hashPassword } from '../../apps/api/src/auth/passwords';

export const FACTORY_PASSWORD = 'Factory-pass-2025';
let hash: Promise<string> | null = null;

export const uniqueName = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/** A unit under `parent` (straight into the database: factories set up, tests go through the API). */
export async function createUnit(
  dataSource: DataSource,
  parent: { id: string; path: string } | null,
  fields: { name?: string; kind?: string; level?: string } = {},
): Promise<{ id: string; path: string; name: string }> {
  const id = newId();
  const path = `${parent?.path ?? '/'}${id}/`;
  const name = fields.name ?? uniqueName('测试单位');
  await dataSource.query(
    `INSERT INTO units (id, parent_id, path, depth, name, kind, level, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      parent?.id ?? null,
      path,
      path.split('/').filter(Boolean).length - 1,
      name,
      fields.kind ?? 'department',
      fields.level ?? 'county',
      new Date(),
    ],
  );
  return { id, path, name };
}

/**
 * Lets one person take several approving steps in the unit's review chain (a tiny unit; the
 * default enforces separation of duties). Each relaxed step is recorded in the report's history.
 */
export async function relaxDutySeparation(dataSource: DataSource, unitId: string): Promise<void> {
  await dataSource.query("UPDATE units SET duty_separation = 'relaxed' WHERE id = ?", [unitId]);
}

export async function unitById(
  dataSource: DataSource,
  id: string,
): Promise<{ id: string; path: string; name: string }> {
  const [row] = await dataSource.query('SELECT id, path, name FROM units WHERE id = ?', [id]);
  return row;
}

/** A user with roles held in their own unit unless a role names another unit. */
export async function createUser(
  dataSource: DataSource,
  unitId: string,
  roles: Array<Role | [Role, string]>,
  username = uniqueName('user'),
): Promise<{ id: string; username: string; password: string }> {
  hash ??= hashPassword(FACTORY_PASSWORD);
  // Stored as the API stores it (POST /users normalises, login compares the normalised name): a
  // factory name with capitals would otherwise make an account nobody can log in to.
  username = normaliseUsername(username);
  const id = newId();
  const now = new Date();
  await dataSource.query(
    `INSERT INTO users (id, unit_id, username, display_name, password_hash, active, failed_logins, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?)`,
    [id, unitId, username, username, await hash, now, now],
  );
  for (const grant of roles) {
    const [role, roleUnit] = Array.isArray(grant) ? grant : [grant, unitId];
    await dataSource.query(
      'INSERT INTO user_roles (user_id, role, unit_id, granted_at) VALUES (?, ?, ?, ?)',
      [id, role, roleUnit, now],
    );
  }
  return { id, username, password: FACTORY_PASSWORD };
}
