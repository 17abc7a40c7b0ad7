import { Injectable } from '@nestjs/common';
import { Database, fromJson } from '@app/persistence';
import type { ReminderPolicy } from '@app/reminders';
import { toDeadline, type Deadline } from '@app/reports';
import type { LogEntry } from './reminder-plan';

export interface HandledReminder {
  deadlineId: string;
  dueAt: Date;
  occurrence: string;
}

/**
 * What reminders need from MySQL: the log of handled occurrences (reminder_log's only writer), the
 * deadlines locked for sending, and the reminder policy of reports.
 */
@Injectable()
export class ReminderRepository {
  constructor(private readonly db: Database) {}

  /** Every occurrence handled for these deadlines, at whatever due time (one query). */
  async handled(deadlineIds: string[]): Promise<HandledReminder[]> {
    if (deadlineIds.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('reminder_log')
        .select(['deadline_id', 'due_at', 'occurrence'])
        .where('deadline_id', 'in', deadlineIds),
    );
    return rows.map((row) => ({
      deadlineId: row.deadline_id,
      dueAt: new Date(row.due_at),
      occurrence: row.occurrence,
    }));
  }

  /**
   * Marks occurrences handled; an entry already there is left as it is. Written with the messages it
   * stands for; nothing reads it back in that transaction, so a pipelined one sends it with its next
   * statement.
   */
  async record(entries: LogEntry[], now: Date): Promise<void> {
    this.db.requireTransaction('A reminder log entry');
    if (entries.length === 0) return;
    await this.db.writeLater(
      this.db.sql
        .insertInto('reminder_log')
        .ignore()
        .values(
          entries.map((entry) => ({
            deadline_id: entry.deadlineId,
            due_at: entry.dueAt,
            occurrence: entry.occurrence,
            handled_at: now,
            recipients: entry.recipients,
          })),
        ),
    );
  }

  /**
   * These deadlines, their rows locked until the transaction ends (closed ones too: whoever closed
   * them has committed). A transition that moves or closes one updates it in its own transaction,
   * so either that committed first (and is seen here) or it waits for the sender.
   */
  async lockDeadlines(deadlineIds: string[]): Promise<Deadline[]> {
    this.db.requireTransaction('Locking deadlines');
    if (deadlineIds.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql.selectFrom('deadlines').selectAll().where('id', 'in', deadlineIds).forUpdate(),
    );
    return rows.map(toDeadline);
  }

  /** Each report's own reminder policy; absent or null means the default policy. */
  async policiesOf(reportIds: string[]): Promise<Map<string, ReminderPolicy | null>> {
    if (reportIds.length === 0) return new Map();
    const rows = await this.db.rows(
      this.db.sql.selectFrom('reports').select(['id', 'reminder_policy']).where('id', 'in', reportIds),
    );
    return new Map(
      rows.map((row) => [row.id, row.reminder_policy ? fromJson<ReminderPolicy>(row.reminder_policy) : null]),
    );
  }
}
