import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { localDateOf } from '@app/calendar';
import type { Role } from '@app/workflow';
import { AuditRepository } from './audit.repository';
import { nextEvent } from './report-events';
import type { AuditEvent } from './report.types';

/** Why a report's due date moved; recorded with the event so the history explains the new version. */
export type DueDateReason =
  | { kind: 'extension_granted'; extensionId: string; comment: string | null }
  | { kind: 'campaign_withdrawn'; campaignId: string; comment: string | null };

export interface DueDateMove {
  reportIds: string[];
  /** The new due date (end of day, Asia/Shanghai), or null when it no longer applies. */
  dueAt: Date | null;
  actor: { userId: string; unitId: string; role: Role };
  reason: DueDateReason;
  now: Date;
}

/** The audit action of a due-date change (the history shows it like any other step). */
export const DUE_DATE_CHANGED = 'due_date_changed';

const CHUNK = 500;

/**
 * Every change to a report is in its history: moving due dates (延期, a withdrawn campaign) bumps
 * the reports' version, so it also appends a hash-chained event to each report, in the caller's
 * transaction. The rows are locked first, so the chain head read here is the one extended; a
 * concurrent transition then fails its version check (409) and finds this event as the cause.
 */
@Injectable()
export class DueDateChanges {
  constructor(private readonly audit: AuditRepository) {}

  /** Returns the reports whose due date changed, with their new versions (for deadlines-changed jobs). */
  async move(manager: EntityManager, move: DueDateMove): Promise<Array<{ id: string; version: number }>> {
    const moved: Array<{ id: string; version: number }> = [];
    for (let i = 0; i < move.reportIds.length; i += CHUNK) {
      moved.push(...(await this.moveChunk(manager, move, move.reportIds.slice(i, i + CHUNK))));
    }
    return moved;
  }

  private async moveChunk(manager: EntityManager, move: DueDateMove, ids: string[]) {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT id, state, version, current_revision, last_event_seq, last_hash, due_at FROM reports
        WHERE id IN (?) ORDER BY id FOR UPDATE`,
      [ids],
    );
    const changed = rows.filter((r) => !sameInstant((r.due_at as Date | null) ?? null, move.dueAt));
    if (changed.length === 0) return [];
    const events = changed.map((r) => this.eventFor(r, move));
    for (const event of events) await this.audit.append(manager, event);
    const hashes = events.flatMap((e) => [e.reportId, e.hash]);
    await manager.query(
      `UPDATE reports SET due_at = ?, version = version + 1, last_event_seq = last_event_seq + 1,
              last_hash = CASE id ${events.map(() => 'WHEN ? THEN ?').join(' ')} END, updated_at = ?
        WHERE id IN (?)`,
      [move.dueAt, ...hashes, move.now, events.map((e) => e.reportId)],
    );
    return changed.map((r) => ({ id: r.id as string, version: Number(r.version) + 1 }));
  }

  private eventFor(r: Record<string, unknown>, move: DueDateMove): Omit<AuditEvent, 'id'> {
    const before = (r.due_at as Date | null) ?? null;
    const { comment, ...reason } = move.reason;
    return nextEvent(
      { id: r.id as string, lastEventSeq: Number(r.last_event_seq), lastHash: r.last_hash as string },
      {
        revision: Number(r.current_revision),
        action: DUE_DATE_CHANGED,
        fromState: r.state as string,
        toState: r.state as string,
        actorUserId: move.actor.userId,
        actorRole: move.actor.role,
        actorUnitId: move.actor.unitId,
        comment,
        fields: {
          dueDateBefore: before ? localDateOf(before) : null,
          dueDate: move.dueAt ? localDateOf(move.dueAt) : null,
          ...reason,
        },
        effects: [],
        createdAt: move.now,
      },
    );
  }
}

function sameInstant(a: Date | null, b: Date | null): boolean {
  return a === null || b === null ? a === b : a.getTime() === b.getTime();
}
