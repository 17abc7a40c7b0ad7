import { Injectable } from '@nestjs/common';
import { localDateOf } from '@app/calendar';
import type { Role } from '@app/workflow';
import { AuditRepository } from './audit.repository';
import { nextEvent } from './report-events';
import { ReportRepository, type DueDateHead } from './report.repository';
import type { AuditEvent } from './report.types';

/** Why a report's due date moved; recorded with the event so the history explains the new version. */
export type DueDateReason =
  | { kind: 'extension_granted'; extensionId: string; comment: string | null }
  | { kind: 'campaign_withdrawn'; campaignId: string; comment: string | null }
  /** Another campaign now asks for the report, by an earlier date than it had. */
  | { kind: 'campaign_asked'; campaignId: string; comment: null };

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
  constructor(
    private readonly reports: ReportRepository,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * Runs in the caller's transaction (the repositories refuse to write outside one). Returns the
   * reports whose due date changed, with their new versions (for deadlines-changed jobs).
   */
  async move(move: DueDateMove): Promise<Array<{ id: string; version: number }>> {
    const moved: Array<{ id: string; version: number }> = [];
    for (let i = 0; i < move.reportIds.length; i += CHUNK) {
      moved.push(...(await this.moveChunk(move, move.reportIds.slice(i, i + CHUNK))));
    }
    return moved;
  }

  private async moveChunk(move: DueDateMove, ids: string[]) {
    const heads = await this.reports.lockDueDateHeads(ids);
    const changed = heads.filter((head) => !sameInstant(head.dueAt, move.dueAt));
    if (changed.length === 0) return [];
    const events = changed.map((head) => eventFor(head, move));
    for (const event of events) await this.audit.append(event);
    await this.reports.moveDueDates({
      dueAt: move.dueAt,
      heads: events.map((e) => ({ reportId: e.reportId, hash: e.hash })),
      now: move.now,
    });
    return changed.map((head) => ({ id: head.id, version: head.version + 1 }));
  }
}

/** The event recording one report's due-date move, chained to the head read under lock. */
function eventFor(head: DueDateHead, move: DueDateMove): Omit<AuditEvent, 'id'> {
  const { comment, ...reason } = move.reason;
  return nextEvent(head, {
    revision: head.currentRevision,
    action: DUE_DATE_CHANGED,
    fromState: head.state,
    toState: head.state,
    actorUserId: move.actor.userId,
    actorRole: move.actor.role,
    actorUnitId: move.actor.unitId,
    comment,
    fields: {
      dueDateBefore: head.dueAt ? localDateOf(head.dueAt) : null,
      dueDate: move.dueAt ? localDateOf(move.dueAt) : null,
      ...reason,
    },
    effects: [],
    createdAt: move.now,
  });
}

function sameInstant(a: Date | null, b: Date | null): boolean {
  return a === null || b === null ? a === b : a.getTime() === b.getTime();
}
