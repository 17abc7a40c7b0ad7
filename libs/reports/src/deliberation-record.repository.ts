import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Database } from '@app/persistence';
import type { DeliberationRecord, DeliberationRecordChange } from './deliberation-records';

/** The one reader and writer of report_deliberation_records. */
@Injectable()
export class DeliberationRecordRepository {
  constructor(private readonly db: Database) {}

  async find(reportId: string): Promise<DeliberationRecord | null> {
    const row = await this.db.row(
      this.db.sql.selectFrom('report_deliberation_records').selectAll().where('report_id', '=', reportId),
    );
    if (!row) return null;
    return {
      meetingStands: Boolean(row.meeting_stands),
      meeting:
        row.meeting_event_seq === null
          ? null
          : {
              body: row.meeting_body ?? '',
              date: row.meeting_date ?? '',
              minutesNumber: row.minutes_number ?? '',
              eventSeq: row.meeting_event_seq,
            },
      signOff: row.signed_by && row.signed_at ? { userId: row.signed_by, at: row.signed_at } : null,
      coSignOff:
        row.co_signed_by && row.co_signed_at ? { userId: row.co_signed_by, at: row.co_signed_at } : null,
      documentNumber: row.document_number,
    };
  }

  /**
   * Whether a recipient returned the report asking for a new deliberation (needsRedeliberation) after
   * the event `seq` (the meeting on record): then the next meeting is a new one with its own minutes.
   * An internal return clears the record too, and the same meeting may be recorded again after it.
   */
  async redeliberationAskedSince(reportId: string, seq: number): Promise<boolean> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('audit_events')
        .select('seq')
        .where('report_id', '=', reportId)
        .where('seq', '>', seq)
        .where('action', '=', 'return')
        .where('actor_role', '=', 'coordinator')
        .where(sql<boolean>`JSON_VALUE(fields, '$.needsRedeliberation') = 'true'`)
        .limit(1),
    );
    return row !== undefined && row !== null;
  }

  /** Whether each report's meeting record stands (the fact a submit's path depends on), in one query. */
  async meetingStandsFor(reportIds: string[]): Promise<Set<string>> {
    if (reportIds.length === 0) return new Set();
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('report_deliberation_records')
        .select('report_id')
        .where('report_id', 'in', reportIds)
        .where('meeting_stands', '=', 1),
    );
    return new Set(rows.map((r) => r.report_id));
  }

  /** Applies one step's change, in the transaction that moved the report. */
  async apply(change: DeliberationRecordChange): Promise<void> {
    this.db.requireTransaction('A deliberation record');
    const columns = {
      ...(change.meetingStands === undefined ? {} : { meeting_stands: change.meetingStands ? 1 : 0 }),
      ...(change.meeting
        ? {
            meeting_body: change.meeting.body,
            meeting_date: change.meeting.date,
            minutes_number: change.meeting.minutesNumber,
            meeting_event_seq: change.meeting.eventSeq,
          }
        : {}),
      ...(change.signOff ? { signed_by: change.signOff.userId, signed_at: change.signOff.at } : {}),
      ...(change.coSignOff
        ? { co_signed_by: change.coSignOff.userId, co_signed_at: change.coSignOff.at }
        : {}),
      ...(change.documentNumber === undefined ? {} : { document_number: change.documentNumber }),
      updated_at: change.now,
    };
    await this.db.write(
      this.db.sql
        .insertInto('report_deliberation_records')
        .values({ report_id: change.reportId, ...columns })
        .onDuplicateKeyUpdate(columns),
    );
  }
}
