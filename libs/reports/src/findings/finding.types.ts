import type { LocalDate } from '@app/calendar';

/**
 * A finding's status: open (the unit owes an answer), answered (measures stated, the raising
 * coordinator checks them), closed. Reopening a finding makes it open again.
 */
export const FINDING_STATUSES = ['open', 'answered', 'closed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Days the unit has for 整改 when the coordinator names no date. */
export const DEFAULT_RECTIFICATION_DAYS = 30;

/** The unit's answer (整改情况): the measures taken and the date they were (or will be) completed. */
export interface FindingAnswer {
  measures: string;
  completedOn: LocalDate;
  answeredBy: string;
  answeredAt: Date;
}

/** The raising coordinator's last close or reopen, with its comment. */
export interface FindingDecision {
  decidedBy: string;
  decidedAt: Date;
  comment: string | null;
}

/** One finding (问题清单 entry) against a report, raised on one campaign's receipt. */
export interface Finding {
  id: string;
  reportId: string;
  campaignId: string;
  /** The campaign's issuer: its coordinators raised the finding and close or reopen it. */
  raisingUnitId: string;
  version: number;
  status: FindingStatus;
  text: string;
  /** 整改 due date (China date). */
  dueOn: LocalDate;
  raisedBy: string;
  raisedAt: Date;
  answer: FindingAnswer | null;
  decision: FindingDecision | null;
}
