import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Database } from '@app/persistence';

/** One reminder still to send: an occurrence of a deadline version, and when it goes out. */
export interface ReminderTimer {
  deadlineId: string;
  deadlineVersion: number;
  occurrence: string;
  runAt: Date;
}

/** A timer by its key (what a batch settles). */
export type TimerKey = Pick<ReminderTimer, 'deadlineId' | 'deadlineVersion' | 'occurrence'>;

const CHUNK = 1000;

/**
 * reminder_timers: the reminders still to send (migration ReminderTimers1765340000000). Written by
 * the scheduler (INSERT IGNORE: planning twice adds nothing), claimed by the sender in batches that
 * other senders skip, removed in the transaction that settles them.
 */
@Injectable()
export class ReminderTimerRepository {
  constructor(private readonly db: Database) {}

  /**
   * Adds the timers not there yet; returns how many were new. The ones there are read first (a
   * plain read, no lock) and left out: an INSERT IGNORE of a row a sender holds waits for it, and
   * the reconciler's pass over every open deadline deadlocked with the 09:00 batches so. A timer a
   * sender removes between the read and the insert comes back, and is found in the log when due.
   */
  async add(timers: ReminderTimer[], now: Date): Promise<number> {
    let added = 0;
    const keyOf = (t: TimerKey) => `${t.deadlineId}|${t.deadlineVersion}|${t.occurrence}`;
    for (let i = 0; i < timers.length; i += CHUNK) {
      const chunk = timers.slice(i, i + CHUNK);
      const there = new Set(
        (
          await this.db.rows(
            this.db.sql
              .selectFrom('reminder_timers')
              .select(['deadline_id', 'deadline_version', 'occurrence'])
              .where('deadline_id', 'in', [...new Set(chunk.map((t) => t.deadlineId))]),
          )
        ).map((r) =>
          keyOf({
            deadlineId: r.deadline_id,
            deadlineVersion: Number(r.deadline_version),
            occurrence: r.occurrence,
          }),
        ),
      );
      const missing = chunk.filter((t) => !there.has(keyOf(t)));
      if (missing.length > 0) added += await this.insert(missing, now);
    }
    return added;
  }

  private async insert(timers: ReminderTimer[], now: Date): Promise<number> {
    let added = 0;
    for (let i = 0; i < timers.length; i += CHUNK) {
      const result = await this.db.write(
        this.db.sql
          .insertInto('reminder_timers')
          .ignore()
          .values(
            timers.slice(i, i + CHUNK).map((t) => ({
              deadline_id: t.deadlineId,
              deadline_version: t.deadlineVersion,
              occurrence: t.occurrence,
              run_at: t.runAt,
              created_at: now,
            })),
          ),
      );
      added += result.affectedRows;
    }
    return added;
  }

  /**
   * Up to `limit` timers due by `now`, earliest first, locked until the transaction ends; timers
   * another sender holds are skipped (SKIP LOCKED), so senders in parallel never take the same one.
   */
  async claimDue(now: Date, limit: number): Promise<ReminderTimer[]> {
    this.db.requireTransaction('Claiming reminder timers');
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('reminder_timers')
        .select(['deadline_id', 'deadline_version', 'occurrence', 'run_at'])
        .where('run_at', '<=', now)
        .orderBy('run_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    );
    return rows.map((r) => ({
      deadlineId: r.deadline_id,
      deadlineVersion: Number(r.deadline_version),
      occurrence: r.occurrence,
      runAt: new Date(r.run_at),
    }));
  }

  /** Removes settled timers (sent, already sent, or stale); nothing reads the result, so it waits for the next round trip. */
  async remove(keys: TimerKey[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db.writeLater(
      this.db.sql.deleteFrom('reminder_timers').where((eb) =>
        eb(
          eb.refTuple('deadline_id', 'deadline_version', 'occurrence'),
          'in',
          keys.map((k) => eb.tuple(k.deadlineId, k.deadlineVersion, k.occurrence)),
        ),
      ),
    );
  }

  /** Puts a timer off to `runAt` (one that was early, or failed on its own). */
  async postpone(key: TimerKey, runAt: Date): Promise<void> {
    await this.db.writeLater(
      this.db.sql
        .updateTable('reminder_timers')
        .set({ run_at: runAt })
        .where('deadline_id', '=', key.deadlineId)
        .where('deadline_version', '=', key.deadlineVersion)
        .where('occurrence', '=', key.occurrence),
    );
  }

  /**
   * Removes the timers of each deadline planned for versions before the one given (it moved, or it
   * closed at the version before). Versions only go up, so a timer of a version at or after it (the
   * deadline reopened meanwhile) stays. Read first and deleted by their exact keys: a range delete
   * at REPEATABLE READ locks the next row too, a live timer a batch would then skip.
   */
  async removeBefore(versions: Array<{ deadlineId: string; version: number }>): Promise<void> {
    if (versions.length === 0) return;
    const before = new Map(versions.map((v) => [v.deadlineId, v.version]));
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('reminder_timers')
        .select(['deadline_id', 'deadline_version', 'occurrence'])
        .where('deadline_id', 'in', [...before.keys()]),
    );
    await this.removeNow(
      rows
        .filter((r) => Number(r.deadline_version) < before.get(r.deadline_id)!)
        .map((r) => ({
          deadlineId: r.deadline_id,
          deadlineVersion: Number(r.deadline_version),
          occurrence: r.occurrence,
        })),
    );
  }

  /** Whether any timer is due by `now` (a plain read: one another sender holds counts too). */
  async anyDue(now: Date): Promise<boolean> {
    const row = await this.db.row(
      this.db.sql.selectFrom('reminder_timers').select('run_at').where('run_at', '<=', now).limit(1),
    );
    return row !== undefined;
  }

  /** The instants timers fall due at, each with how many (one job runs each instant). */
  async instants(): Promise<Array<{ runAt: Date; timers: number }>> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('reminder_timers')
        .select(['run_at', sql<number>`COUNT(*)`.as('n')])
        .groupBy('run_at')
        .orderBy('run_at'),
    );
    return rows.map((r) => ({ runAt: new Date(r.run_at), timers: Number(r.n) }));
  }

  /**
   * Timers whose deadline is gone, closed, or at another version (up to `limit`): never sent, they
   * would be skipped when due; the reconciler removes them so the table holds what is owed.
   */
  async stale(limit: number): Promise<TimerKey[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('reminder_timers as t')
        .leftJoin('deadlines as d', 'd.id', 't.deadline_id')
        .select(['t.deadline_id', 't.deadline_version', 't.occurrence'])
        .where((eb) =>
          eb.or([
            eb('d.id', 'is', null),
            eb('d.closed_at', 'is not', null),
            eb('d.version', '<>', eb.ref('t.deadline_version')),
          ]),
        )
        .limit(limit),
    );
    return rows.map((r) => ({
      deadlineId: r.deadline_id,
      deadlineVersion: Number(r.deadline_version),
      occurrence: r.occurrence,
    }));
  }

  /** Removes these timers outside any batch (the reconciler's clean-up). */
  async removeNow(keys: TimerKey[]): Promise<number> {
    if (keys.length === 0) return 0;
    const result = await this.db.write(
      this.db.sql.deleteFrom('reminder_timers').where((eb) =>
        eb(
          eb.refTuple('deadline_id', 'deadline_version', 'occurrence'),
          'in',
          keys.map((k) => eb.tuple(k.deadlineId, k.deadlineVersion, k.occurrence)),
        ),
      ),
    );
    return result.affectedRows;
  }
}
