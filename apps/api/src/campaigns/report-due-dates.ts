import { Injectable } from '@nestjs/common';
import { endOfDayInstant, type LocalDate } from '@app/calendar';
import { OutboxWriter } from '@app/queue';
import { DueDateChanges, ReportRepository, type DueDateReason } from '@app/reports';
import type { Role } from '@app/workflow';
import { CampaignTargetRepository } from './campaign-target.repository';

export interface DueDateRealignment {
  reportIds: string[];
  actor: { userId: string; unitId: string; role: Role };
  reason: DueDateReason;
  now: Date;
}

/**
 * One report answers every campaign asking its unit for the year, so its due date (reports.due_at,
 * which its deadline, reminders and 我的待办 follow) is the earliest of the active campaigns' dates
 * for it, or none. It was the first campaign's alone: a bureau asked later by its 依法治县办 for an
 * earlier day was reminded of the later one, and withdrawing one campaign cleared the date another
 * still set (a civil servant's walk, stop 40). Realigned in the caller's transaction, after its change
 * to the targets or the campaign; each report that moves gets its history event and a
 * deadlines-changed job.
 */
@Injectable()
export class ReportDueDates {
  constructor(
    private readonly targets: CampaignTargetRepository,
    private readonly reports: ReportRepository,
    private readonly dueDates: DueDateChanges,
    private readonly outbox: OutboxWriter,
  ) {}

  async realign(change: DueDateRealignment): Promise<void> {
    const reportIds = [...new Set(change.reportIds)];
    if (reportIds.length === 0) return;
    // All the rows locked at once, in id order, before the moves lock them again group by group:
    // two realignments over the same reports never wait on each other in opposite orders.
    await this.reports.lockDueDateHeads(reportIds);
    const earliest = await this.targets.earliestActiveDueDates(reportIds);
    const byDate = new Map<LocalDate | null, string[]>();
    for (const id of reportIds) {
      const date = earliest.get(id) ?? null;
      byDate.set(date, [...(byDate.get(date) ?? []), id]);
    }
    const moved: Array<{ id: string; version: number }> = [];
    for (const [date, ids] of byDate) {
      moved.push(
        ...(await this.dueDates.move({
          reportIds: ids,
          dueAt: date === null ? null : endOfDayInstant(date),
          actor: change.actor,
          reason: change.reason,
          now: change.now,
        })),
      );
    }
    await this.outbox.addMany(
      moved.map((r) => ({
        name: 'deadlines-changed' as const,
        payload: { reportId: r.id, reportVersion: r.version },
      })),
      change.now,
    );
  }
}
