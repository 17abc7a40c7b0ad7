import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';

export interface DeadLetter {
  id: number;
  channel: 'email' | 'webhook';
  target: string;
  unit: { id: string; name: string };
  reportId: string | null;
  subject: string;
  attempts: number;
  replays: number;
  lastError: string | null;
  /**
   * failed: every attempt failed; unconfirmed: its sender stopped mid-send, so it may have been
   * sent (the admin checks with the recipient before replaying it).
   */
  reason: 'failed' | 'unconfirmed';
  createdAt: Date;
  deadAt: Date | null;
}

/** A delivery about to be replayed, locked until the transaction ends. */
export interface LockedDelivery {
  status: 'dead' | 'pending' | 'sending' | 'sent';
  replays: number;
  /** The path of the unit it concerns: the replaying admin must reach it. */
  unitPath: string;
}

/**
 * Deliveries that failed every retry or whose sender stopped mid-send, as the admins see them (reads only: DeliveryRepository in
 * libs/notifications is the table's one writer, the replay included).
 */
@Injectable()
export class DeadLetterRepository {
  constructor(private readonly db: Database) {}

  /** The newest 500 dead deliveries concerning a unit within any of the given subtrees. */
  async listWithin(unitPaths: string[]): Promise<DeadLetter[]> {
    if (unitPaths.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('deliveries as d')
        .innerJoin('units as un', 'un.id', 'd.unit_id')
        .select([
          'd.id',
          'd.channel',
          'd.target',
          'd.unit_id',
          'un.name as unit_name',
          'd.report_id',
          'd.subject',
          'd.attempts',
          'd.replays',
          'd.last_error',
          'd.dead_reason',
          'd.created_at',
          'd.dead_at',
        ])
        .where('d.status', '=', 'dead')
        .where((eb) => eb.or(unitPaths.map((path) => eb('un.path', 'like', `${path}%`))))
        .orderBy('d.dead_at', 'desc')
        .limit(500),
    );
    return rows.map((r) => ({
      id: Number(r.id),
      channel: r.channel,
      target: r.target,
      unit: { id: r.unit_id, name: r.unit_name },
      reportId: r.report_id,
      subject: r.subject,
      attempts: Number(r.attempts),
      replays: Number(r.replays),
      lastError: r.last_error,
      // Rows dead-lettered before reasons were kept all failed every attempt.
      reason: r.dead_reason ?? 'failed',
      createdAt: r.created_at,
      deadAt: r.dead_at,
    }));
  }

  /** Reads and locks a delivery (FOR UPDATE): two replays of one dead letter queue it once. */
  async lockForReplay(id: number): Promise<LockedDelivery | null> {
    this.db.requireTransaction('Locking a delivery for replay');
    const row = await this.db.row(
      this.db.sql
        .selectFrom('deliveries as d')
        .innerJoin('units as un', 'un.id', 'd.unit_id')
        .select(['d.replays', 'd.status', 'un.path'])
        .where('d.id', '=', id)
        .forUpdate(),
    );
    return row ? { status: row.status, replays: Number(row.replays), unitPath: row.path } : null;
  }
}
