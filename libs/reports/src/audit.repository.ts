import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import { Database, fromJson, prepared } from '@app/persistence';
import type { AuditEvents } from '@app/persistence/schema';
import type { Effect, PassStep } from '@app/workflow';
import type { AuditEvent } from './report.types';

/** Rows a statement when many reports' first events are written at once. */
const INSERT_CHUNK = 500;

export type AuditEventRow = Selectable<AuditEvents>;

export function toAuditEvent(r: AuditEventRow): AuditEvent {
  return {
    id: Number(r.id),
    reportId: r.report_id,
    seq: r.seq,
    revision: r.revision,
    action: r.action,
    fromState: r.from_state,
    toState: r.to_state,
    actorUserId: r.actor_user_id,
    actorRole: r.actor_role,
    actorUnitId: r.actor_unit_id,
    comment: r.comment,
    fields: fromJson<Record<string, unknown>>(r.fields),
    effects: fromJson<Effect[]>(r.effects),
    createdAt: r.created_at,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Append-only: events are inserted and read, never updated or deleted by the application. */
/** Written with every change of every report: built and compiled once (see prepared()). */
const appendEvent = prepared(
  (db, e: Omit<AuditEvent, 'id' | 'fields' | 'effects'> & { fields: string; effects: string }) =>
    db.insertInto('audit_events').values({
      report_id: e.reportId,
      seq: e.seq,
      revision: e.revision,
      action: e.action,
      from_state: e.fromState,
      to_state: e.toState,
      actor_user_id: e.actorUserId,
      actor_role: e.actorRole,
      actor_unit_id: e.actorUnitId,
      comment: e.comment,
      fields: e.fields,
      effects: e.effects,
      created_at: e.createdAt,
      prev_hash: e.prevHash,
      hash: e.hash,
    }),
);

@Injectable()
export class AuditRepository {
  constructor(private readonly db: Database) {}

  /** Part of the change it records: an event and its report's new chain head commit together. */
  async append(event: Omit<AuditEvent, 'id'>): Promise<number> {
    this.db.requireTransaction('An audit event');
    const result = await this.db.write(
      appendEvent({ ...event, fields: JSON.stringify(event.fields), effects: JSON.stringify(event.effects) }),
    );
    return result.insertId;
  }

  /** The first events of new reports, several hundred to a statement (a campaign creates thousands). */
  async appendMany(events: ReadonlyArray<Omit<AuditEvent, 'id'>>): Promise<void> {
    this.db.requireTransaction('An audit event');
    for (let i = 0; i < events.length; i += INSERT_CHUNK) {
      await this.db.write(
        this.db.sql.insertInto('audit_events').values(
          events.slice(i, i + INSERT_CHUNK).map((e) => ({
            report_id: e.reportId,
            seq: e.seq,
            revision: e.revision,
            action: e.action,
            from_state: e.fromState,
            to_state: e.toState,
            actor_user_id: e.actorUserId,
            actor_role: e.actorRole,
            actor_unit_id: e.actorUnitId,
            comment: e.comment,
            fields: JSON.stringify(e.fields),
            effects: JSON.stringify(e.effects),
            created_at: e.createdAt,
            prev_hash: e.prevHash,
            hash: e.hash,
          })),
        ),
      );
    }
  }

  async listForReport(reportId: string): Promise<AuditEvent[]> {
    const rows = await this.db.rows(
      this.db.sql.selectFrom('audit_events').selectAll().where('report_id', '=', reportId).orderBy('seq'),
    );
    return rows.map(toAuditEvent);
  }

  /**
   * The steps of the current pass through the review chain as of event `asOfSeq` (the report's head
   * when it was read): every event after the report last entered its drafting state (a report
   * outside drafting got there by a submit after that). Bounded so that a decision is checked
   * against the history it was based on: an event committed since then makes the decision stale
   * (409 at the version check), not a breach of duties.
   */
  async currentPass(pass: { reportId: string; drafting: string; asOfSeq: number }): Promise<PassStep[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('audit_events')
        .select(['action', 'from_state', 'to_state', 'actor_user_id'])
        .where('report_id', '=', pass.reportId)
        .where('seq', '<=', pass.asOfSeq)
        .where('seq', '>', (eb) =>
          eb
            .selectFrom('audit_events')
            .select((inner) => inner.fn.coalesce(inner.fn.max('seq'), inner.lit(0)).as('entered'))
            .where('report_id', '=', pass.reportId)
            .where('seq', '<=', pass.asOfSeq)
            .where('to_state', '=', pass.drafting),
        )
        .orderBy('seq'),
    );
    return rows.map((r) => ({
      action: r.action,
      from: r.from_state,
      to: r.to_state,
      actorUserId: r.actor_user_id,
    }));
  }

  /** The event at one place in a report's chain. */
  async findAtSeq(reportId: string, seq: number): Promise<AuditEvent | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('audit_events')
        .selectAll()
        .where('report_id', '=', reportId)
        .where('seq', '=', seq),
    );
    return row ? toAuditEvent(row) : null;
  }

  /** Up to `limit` events of a report's chain after `seq`, in order. */
  async listAfter(reportId: string, seq: number, limit: number): Promise<AuditEvent[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('audit_events')
        .selectAll()
        .where('report_id', '=', reportId)
        .where('seq', '>', seq)
        .orderBy('seq')
        .limit(limit),
    );
    return rows.map(toAuditEvent);
  }

  async findById(id: number): Promise<AuditEvent | null> {
    const row = await this.db.row(this.db.sql.selectFrom('audit_events').selectAll().where('id', '=', id));
    return row ? toAuditEvent(row) : null;
  }
}
