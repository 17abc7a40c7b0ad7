import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

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

/** Every administrative change (unit created, user created, role granted/removed, user deactivated). */
@Injectable()
export class AdminEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    event: Omit<AdminEvent, 'id' | 'createdAt'>,
    now: Date,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO admin_events (actor_user_id, action, target_type, target_id, unit_id, details, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        event.actorUserId,
        event.action,
        event.targetType,
        event.targetId,
        event.unitId,
        JSON.stringify(event.details),
        now,
      ],
    );
  }

  async listInSubtree(path: string, limit: number, beforeId?: number): Promise<AdminEvent[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT e.* FROM admin_events e JOIN units un ON un.id = e.unit_id
        WHERE un.path LIKE ? ${beforeId ? 'AND e.id < ?' : ''} ORDER BY e.id DESC LIMIT ?`,
      beforeId ? [`${path}%`, beforeId, limit] : [`${path}%`, limit],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      actorUserId: r.actor_user_id as string | null,
      action: r.action as string,
      targetType: r.target_type as string,
      targetId: r.target_id as string,
      unitId: r.unit_id as string,
      details: (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Record<string, unknown>,
      createdAt: r.created_at as Date,
    }));
  }
}
