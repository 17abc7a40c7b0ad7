import { Database } from '@app/persistence';
import { toAuditEvent, type AuditEvent } from '@app/reports';

/** Read-only: what `audit:verify` re-computes, one report's chain at a time. */
export class AuditChainsRepository {
  constructor(private readonly db: Database) {}

  /** Every report with the hash its chain must end in, by id. */
  async heads(): Promise<Array<{ reportId: string; lastHash: string }>> {
    const rows = await this.db.rows(
      this.db.sql.selectFrom('reports').select(['id', 'last_hash']).orderBy('id'),
    );
    return rows.map((row) => ({ reportId: row.id, lastHash: row.last_hash }));
  }

  /** One report's events in chain order. */
  async events(reportId: string): Promise<AuditEvent[]> {
    const rows = await this.db.rows(
      this.db.sql.selectFrom('audit_events').selectAll().where('report_id', '=', reportId).orderBy('seq'),
    );
    return rows.map(toAuditEvent);
  }
}
