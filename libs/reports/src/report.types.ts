import type { ReportSections } from '@app/content';
import type { Effect, WorkflowRole } from '@app/workflow';
import type { ReminderPolicy, StageLimits } from './reminder-policy';

/**
 * The reporting line a report answers (docs/domain.md): the ordinary annual report, or a national
 * demonstration area's additional report (through the 依法治省办 to 中央依法治国办, end of January).
 * A unit has at most one report per year on each line.
 */
export type ReportLine = 'annual' | 'demonstration_area';

export const REPORT_LINES: readonly ReportLine[] = ['annual', 'demonstration_area'];

export interface Report {
  id: string;
  unitId: string;
  receivingUnitId: string | null;
  /**
   * A joint 党委+政府 report (联合报告): the party committee reporting with this government unit;
   * null for a unit reporting alone. The report stays the government unit's (docs/domain.md).
   */
  coReportingUnitId: string | null;
  /**
   * The campaign issuers whose receipt (回执) is open: their coordinators act on the report now.
   * null or absent: never dispatched to a campaign, so the receiving unit's coordinators act.
   * Read with the report by ReportRepository.findById/findWithUnit.
   */
  openReceiptIssuerIds?: string[] | null;
  campaignId: string | null;
  reportYear: number;
  reportLine: ReportLine;
  workflowId: string;
  workflowVersion: number;
  state: string;
  version: number;
  currentRevision: number;
  title: string;
  lastEventSeq: number;
  lastHash: string;
  lastAction: string | null;
  lastFromState: string | null;
  lastActorId: string | null;
  lastActorRole: WorkflowRole | null;
  returnCount: number;
  stageEnteredAt: Date;
  stageDueAt: Date | null;
  submittedAt: Date | null;
  /** Working days per review state (from the campaign); null = the configured default. */
  stageLimits: StageLimits | null;
  reminderPolicy: ReminderPolicy | null;
  /** The unit's due date (end of day, Asia/Shanghai), after extensions; null without a campaign. */
  dueAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface Revision {
  reportId: string;
  number: number;
  basedOn: number;
  title: string;
  sections: ReportSections;
  contentHash: string;
  authorId: string;
  createdAt: Date;
}

/**
 * The completeness check's verdict on a revision, stored with it when it is saved, and what the
 * verdict was computed for (see completenessBasis): a submit trusts a pass only on the same basis.
 */
export interface StoredCheck {
  passed: boolean;
  basis: string;
}

export interface AuditEvent {
  id: number;
  reportId: string;
  seq: number;
  revision: number;
  action: string;
  fromState: string | null;
  toState: string;
  actorUserId: string;
  actorRole: string;
  actorUnitId: string;
  comment: string | null;
  fields: Record<string, unknown>;
  effects: Effect[];
  createdAt: Date;
  prevHash: string;
  hash: string;
}
