import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Database } from '@app/persistence';

/** A browser that has logged in to an account before; see the login_devices migration for why. */
export interface LoginDevice {
  id: string;
  userId: string;
  lockedUntil: Date | null;
}

export interface DeviceLookup {
  deviceId: string;
  userId: string;
  secretHash: string;
}

export interface NewDevice {
  id: string;
  userId: string;
  secretHash: string;
  now: Date;
}

export interface DeviceAttempt {
  deviceId: string;
  lockAfter: number;
  lockUntil: Date;
  now: Date;
}

/** How many browsers an account is remembered on; the least recently used are forgotten first. */
export const DEVICES_KEPT_PER_USER = 10;

/** The only writer of login_devices. */
@Injectable()
export class LoginDeviceRepository {
  constructor(private readonly db: Database) {}

  /** The device a token names, if it is this user's and the secret matches; null otherwise. */
  async find(lookup: DeviceLookup): Promise<LoginDevice | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('login_devices')
        .select(['id', 'user_id', 'locked_until'])
        .where('id', '=', lookup.deviceId)
        .where('user_id', '=', lookup.userId)
        .where('secret_hash', '=', lookup.secretHash),
    );
    return row ? { id: row.id, userId: row.user_id, lockedUntil: row.locked_until ?? null } : null;
  }

  /** Remembers a browser, forgetting the user's least recently used ones beyond the limit. */
  async remember(device: NewDevice): Promise<void> {
    await this.db.write(
      this.db.sql.insertInto('login_devices').values({
        id: device.id,
        user_id: device.userId,
        secret_hash: device.secretHash,
        created_at: device.now,
        last_login_at: device.now,
      }),
    );
    const stale = await this.db.rows(
      this.db.sql
        .selectFrom('login_devices')
        .select('id')
        .where('user_id', '=', device.userId)
        .orderBy('last_login_at', 'desc')
        .orderBy('id')
        .offset(DEVICES_KEPT_PER_USER)
        .limit(1000),
    );
    if (stale.length > 0)
      await this.db.write(
        this.db.sql.deleteFrom('login_devices').where(
          'id',
          'in',
          stale.map((r) => r.id),
        ),
      );
  }

  /**
   * Counts an attempt with this device's token before the password is checked (a burst of parallel
   * guesses cannot all pass the lock test first). Returns the lock's end when the device is locked,
   * so the attempt is refused unchecked; null otherwise. A lock that ran out starts afresh.
   */
  async reserveAttempt(attempt: DeviceAttempt): Promise<Date | null> {
    await this.db.write(
      this.db.sql
        .updateTable('login_devices')
        .set({ failed_logins: 0, locked_until: null })
        .where('id', '=', attempt.deviceId)
        .where('locked_until', '<=', attempt.now),
    );
    const counted = await this.db.write(
      this.db.sql
        .updateTable('login_devices')
        .set({
          // locked_until first: MySQL evaluates SET left to right, so it must see the old count.
          locked_until: sql<Date | null>`IF(failed_logins + 1 >= ${attempt.lockAfter}, ${attempt.lockUntil}, locked_until)`,
          failed_logins: (eb) => eb('failed_logins', '+', 1),
        })
        .where('id', '=', attempt.deviceId)
        .where('locked_until', 'is', null),
    );
    if (counted.affectedRows === 1) return null;
    const row = await this.db.row(
      this.db.sql.selectFrom('login_devices').select('locked_until').where('id', '=', attempt.deviceId),
    );
    return row?.locked_until ?? attempt.now;
  }

  /** The right password from this device: its count starts again. */
  async recordSuccess(deviceId: string, now: Date): Promise<void> {
    await this.db.write(
      this.db.sql
        .updateTable('login_devices')
        .set({ failed_logins: 0, locked_until: null, last_login_at: now })
        .where('id', '=', deviceId),
    );
  }

  /** An administrator's unlock opens the user's devices too. */
  async unlockAllOf(userId: string): Promise<void> {
    await this.db.write(
      this.db.sql
        .updateTable('login_devices')
        .set({ failed_logins: 0, locked_until: null })
        .where('user_id', '=', userId),
    );
  }

  /** A password reset forgets every browser: a token copied from a compromised one stops helping. */
  async forgetAllOf(userId: string): Promise<void> {
    await this.db.write(this.db.sql.deleteFrom('login_devices').where('user_id', '=', userId));
  }
}
