import { Injectable } from '@nestjs/common';
import { Database, fromJson } from '@app/persistence';

export interface AdminEvent {
  id: number;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  unitId: string;
  details: Record<string, unknown>;
  createdAt: Date;
}

export type NewAdminEvent = Omit<AdminEvent, 'id' | 'createdAt'> & { now: Date };

/** Every administrative change (unit created, user created, role granted/removed, user deactivated). */
@Injectable()
export class AdminEventRepository {
  constructor(private readonly db: Database) {}

  /** Part of the change it records: an event must never outlive a change that rolled back. */
  async record(event: NewAdminEvent): Promise<void> {
    this.db.requireTransaction('An admin event');
    await this.db.write(
      this.db.sql.insertInto('admin_events').values({
        actor_user_id: event.actorUserId,
        action: event.action,
        target_type: event.targetType,
        target_id: event.targetId,
        unit_id: event.unitId,
        details: JSON.stringify(event.details),
        created_at: event.now,
      }),
    );
  }

  async listInSubtree(path: string, limit: number, beforeId?: number): Promise<AdminEvent[]> {
    let query = this.db.sql
      .selectFrom('admin_events as e')
      .innerJoin('units as un', 'un.id', 'e.unit_id')
      .selectAll('e')
      .where('un.path', 'like', `${path}%`);
    if (beforeId) query = query.where('e.id', '<', beforeId);
    const rows = await this.db.rows(query.orderBy('e.id', 'desc').limit(limit));
    return rows.map((r) => ({
      id: Number(r.id),
      actorUserId: r.actor_user_id,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      unitId: r.unit_id,
      details: fromJson<Record<string, unknown>>(r.details),
      createdAt: r.created_at,
    }));
  }
}
