import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';
import type { ReportHeadUpdate } from '@app/reports';

export interface StampedScan {
  id: string;
  reportId: string;
  /** The revision the sealed paper copy was printed from. */
  revision: number;
  filename: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string;
  createdAt: Date;
}

/** Which scans a reader sees: all of them, or up to the revision last dispatched to a copy recipient. */
export interface StampedScanScope {
  reportId: string;
  upToRevision?: number;
}

/** The stamped scans (盖章扫描件) of reports; the bytes live in AttachmentStorage. Only writer of stamped_scans. */
@Injectable()
export class StampedScanRepository {
  constructor(private readonly db: Database) {}

  /**
   * Records the scan and moves the report's audit-chain head, in the caller's transaction: a conditional
   * UPDATE on the version read before (false when someone else changed the report, the caller answers 409)
   * and on the state, so a report that moved back to drafting in between does not take it.
   */
  async insert(scan: StampedScan, head: ReportHeadUpdate & { state: string }): Promise<boolean> {
    this.db.requireTransaction('A stamped scan');
    const moved = await this.db.write(
      this.db.sql
        .updateTable('reports')
        .set((eb) => ({
          version: eb('version', '+', 1),
          last_event_seq: head.lastEventSeq,
          last_hash: head.lastHash,
          updated_at: head.now,
        }))
        .where('id', '=', head.id)
        .where('version', '=', head.expectedVersion)
        .where('state', '=', head.state),
    );
    if (moved.affectedRows !== 1) return false;
    await this.db.write(
      this.db.sql.insertInto('stamped_scans').values({
        id: scan.id,
        report_id: scan.reportId,
        revision: scan.revision,
        filename: scan.filename,
        size_bytes: scan.sizeBytes,
        sha256: scan.sha256,
        storage_key: scan.storageKey,
        uploaded_by: scan.uploadedBy,
        created_at: scan.createdAt,
      }),
    );
    return true;
  }

  /** The latest scan in scope: a later upload replaces an earlier one for readers (all stay recorded). */
  async latest(scope: StampedScanScope): Promise<StampedScan | null> {
    let query = this.db.sql.selectFrom('stamped_scans').selectAll().where('report_id', '=', scope.reportId);
    if (scope.upToRevision !== undefined) query = query.where('revision', '<=', scope.upToRevision);
    const row = await this.db.row(query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1));
    return row
      ? {
          id: row.id,
          reportId: row.report_id,
          revision: row.revision,
          filename: row.filename,
          sizeBytes: Number(row.size_bytes),
          sha256: row.sha256,
          storageKey: row.storage_key,
          uploadedBy: row.uploaded_by,
          createdAt: row.created_at,
        }
      : null;
  }
}
