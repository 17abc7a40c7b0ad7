import type { Effect, WorkflowRole } from '@app/workflow';
import { hashEvent } from './audit-chain';
import type { AuditEvent, Report } from './report.types';

/** Builds the next event of a report's chain (seq and prev hash from the report's head). */
export function nextEvent(
  report: Pick<Report, 'id' | 'lastEventSeq' | 'lastHash'>,
  event: {
    revision: number;
    action: string;
    fromState: string | null;
    toState: string;
    actorUserId: string;
    actorRole: WorkflowRole | 'system';
    actorUnitId: string;
    comment: string | null;
    fields: Record<string, unknown>;
    effects: Effect[];
    createdAt: Date;
  },
): Omit<AuditEvent, 'id'> {
  const content = { reportId: report.id, seq: report.lastEventSeq + 1, prevHash: report.lastHash, ...event };
  return { ...content, hash: hashEvent(content) };
}
