import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Effect, PassStep } from '@app/workflow';
import type { AuditEvent } from './report.types';

const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export function toAuditEvent(r: Record<string, unknown>): AuditEvent {
  return {
    id: Number(r.id),
    reportId: r.report_id as string,
    seq: Number(r.seq),
    revision: Number(r.revision),
    action: r.action as string,
    fromState: (r.from_state as string | null) ?? null,
    toState: r.to_state as string,
    actorUserId: r.actor_user_id as string,
    actorRole: r.actor_role as string,
    actorUnitId: r.actor_unit_id as string,
    comment: (r.comment as string | null) ?? null,
    fields: parse<Record<string, unknown>>(r.fields),
    effects: parse<Effect[]>(r.effects),
    createdAt: r.created_at as Date,
    prevHash: r.prev_hash as string,
    hash: r.hash as string,
  };
}

/** Append-only: events are inserted and read, never updated or deleted by the application. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, event: Omit<AuditEvent, 'id'>): Promise<number> {
    const result: { insertId: number } = await manager.query(
      `INSERT INTO audit_events (report_id, seq, revision, action, from_state, to_state, actor_user_id, actor_role,
        actor_unit_id, comment, fields, effects, created_at, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        event.reportId,
        event.seq,
        event.revision,
        event.action,
        event.fromState,
        event.toState,
        event.actorUserId,
        event.actorRole,
        event.actorUnitId,
        event.comment,
        JSON.stringify(event.fields),
        JSON.stringify(event.effects),
        event.createdAt,
        event.prevHash,
        event.hash,
      ],
    );
    return Number(result.insertId);
  }

  async listForReport(reportId: string): Promise<AuditEvent[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT * FROM audit_events WHERE report_id = ? ORDER BY seq',
      [reportId],
    );
    return rows.map(toAuditEvent);
  }

  /**
   * The steps of the current pass through the review chain: every event after the report last
   * entered its drafting state (a report outside drafting got there by a submit after that).
   */
  async currentPass(reportId: string, drafting: string): Promise<PassStep[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT action, from_state, to_state, actor_user_id FROM audit_events
        WHERE report_id = ?
          AND seq > (SELECT COALESCE(MAX(seq), 0) FROM audit_events WHERE report_id = ? AND to_state = ?)
        ORDER BY seq`,
      [reportId, reportId, drafting],
    );
    return rows.map((r) => ({
      action: r.action as string,
      from: (r.from_state as string | null) ?? null,
      to: r.to_state as string,
      actorUserId: r.actor_user_id as string,
    }));
  }

  async findById(id: number): Promise<AuditEvent | null> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT * FROM audit_events WHERE id = ?',
      [id],
    );
    return rows[0] ? toAuditEvent(rows[0]) : null;
  }
}
