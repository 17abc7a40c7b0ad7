import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One dispatch of a report to a copy recipient: the revision sent and the event that sent it. */
export interface CopyDispatch {
  revision: number;
  eventSeq: number;
  dispatchedAt: Date;
}

/**
 * What a copy recipient (抄送单位) may read of a report: the dispatches to its unit, oldest first
 * (never empty), and the latest one, which is "the copy" it opens by default.
 */
export interface CopyGrant {
  unitId: string;
  unitName: string;
  dispatches: CopyDispatch[];
  latest: CopyDispatch;
}

/** Reads the copies (抄送) recorded by ReportRepository.addCopies. */
@Injectable()
export class ReportCopyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The grant of one unit on one report, or null when the report was never dispatched to it. */
  async grantOf(reportId: string, unitId: string): Promise<CopyGrant | null> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT c.revision, c.event_seq, c.dispatched_at, u.name AS unit_name
         FROM report_copy_revisions c JOIN units u ON u.id = c.unit_id
        WHERE c.report_id = ? AND c.unit_id = ? ORDER BY c.event_seq`,
      [reportId, unitId],
    );
    if (rows.length === 0) return null;
    const dispatches = rows.map((r) => ({
      revision: Number(r.revision),
      eventSeq: Number(r.event_seq),
      dispatchedAt: r.dispatched_at as Date,
    }));
    return {
      unitId,
      unitName: rows[0].unit_name as string,
      dispatches,
      latest: dispatches[dispatches.length - 1],
    };
  }

  /** The units a dispatching audit event copied the report to (the worker notifies them). */
  async unitsCopiedBy(reportId: string, eventSeq: number): Promise<string[]> {
    const rows: Array<{ unit_id: string }> = await this.dataSource.query(
      'SELECT unit_id FROM report_copy_revisions WHERE report_id = ? AND event_seq = ? ORDER BY unit_id',
      [reportId, eventSeq],
    );
    return rows.map((r) => r.unit_id);
  }
}
