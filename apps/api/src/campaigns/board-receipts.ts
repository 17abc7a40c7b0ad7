import type { ReceiptStatus } from '@app/reports';
import { defaultRegistry } from '@app/workflow';

/** A target's report as the board query reads it, with this campaign's receipt (回执) of it. */
export interface ReportAndReceipt {
  state: string;
  submittedAt: Date | null;
  /** This campaign's receipt; null while the report was not dispatched to it. */
  receiptStatus: ReceiptStatus | null;
  /** When the report was first dispatched to this campaign. */
  receiptCreatedAt: Date | null;
  /** Whether the report was dispatched to any campaign (false: a report from before receipts). */
  hasReceipts: boolean;
  /** The campaign was withdrawn (撤回): its board is the record of what was sent to it (below). */
  campaignWithdrawn?: boolean;
}

/**
 * The states a withdrawn campaign's board shows beside 已报送 and 已接收: not the report's later
 * progress, which its office may no longer follow (a penetration test, stop 49: the board of a
 * withdrawn campaign showed the unit's internal stage, who held it and until when).
 */
export const WITHDRAWN_CAMPAIGN_STATES = {
  /** Never dispatched to the campaign before it was withdrawn. */
  not_submitted: '未报送',
  /** Returned by the campaign's office before it was withdrawn. */
  returned: '已退回',
} as const;

/**
 * A report already sent elsewhere (another campaign's office received, accepted or published it)
 * and never dispatched to this campaign: the unit still owes this campaign its report, which it sends
 * with 报送至该任务. The board showed the report's own 已接收/已公开, and an office scanning it took the
 * unit for one that had reported (a walk, stop 53).
 */
export const SENT_ELSEWHERE = { sent_elsewhere: '未报送本任务' } as const;

/** Whether a report in `state` has left its unit (sent, accepted, published: external or final). */
export function leftItsUnit(workflowId: string, workflowVersion: number, state: string): boolean {
  const definition = defaultRegistry.has(workflowId, workflowVersion)
    ? defaultRegistry.get(workflowId, workflowVersion)
    : undefined;
  const kind = definition?.states.find((s) => s.id === state)?.kind;
  return kind === 'external' || kind === 'final';
}

/** The accepted state of the shipped workflows: a campaign's acceptance reads as the report's, on its own board. */
const ACCEPTED = 'accepted';
/** The state a report waits in for its recipients (see the seams agreed: always `submitted`). */
const DISPATCHED = 'submitted';

/**
 * The state and submission time one campaign's board shows for a target: derived from that
 * campaign's receipt, not from the report, which answers every campaign at once. Received: 已报送
 * since its first dispatch to this campaign; accepted: 已接收 (even while another recipient's
 * return has the report back in drafting); returned: not submitted, wherever the fix stands; no
 * receipt yet: not submitted to this campaign. Reports dispatched before receipts existed keep
 * their own state.
 */
export function stateSeenByCampaign(row: ReportAndReceipt & { leftUnit?: boolean }): {
  state: string;
  submittedAt: Date | null;
} {
  if (row.campaignWithdrawn) return recordOfWithdrawn(row);
  if (!row.hasReceipts) return { state: row.state, submittedAt: row.submittedAt };
  switch (row.receiptStatus) {
    case 'received':
      return { state: DISPATCHED, submittedAt: row.receiptCreatedAt };
    case 'accepted':
      return { state: ACCEPTED, submittedAt: row.receiptCreatedAt };
    case null:
      // Never dispatched here: sent elsewhere if the report has left its unit, else where it stands.
      return { state: row.leftUnit ? 'sent_elsewhere' : row.state, submittedAt: null };
    default:
      // Returned: where the fix stands, not submitted to this campaign.
      return { state: row.state, submittedAt: null };
  }
}

/**
 * A withdrawn campaign asked for nothing in the end and its office decides nothing there any more
 * (its receipts are closed): like its reading of the report (ReportReadings), its board shows what
 * was sent to it and what it decided, never where the report went after.
 */
function recordOfWithdrawn(row: ReportAndReceipt): { state: string; submittedAt: Date | null } {
  switch (row.receiptStatus) {
    case 'received':
      return { state: DISPATCHED, submittedAt: row.receiptCreatedAt };
    case 'accepted':
      return { state: ACCEPTED, submittedAt: row.receiptCreatedAt };
    case 'returned':
      return { state: 'returned', submittedAt: null };
    default:
      return { state: 'not_submitted', submittedAt: null };
  }
}

/**
 * 退回次数 on one campaign's board (and so in its 通报 and scores): the returns of this campaign,
 * counted on its receipt. Not the report's own count, which also counts the unit's internal
 * reviewers' returns and other campaigns'. A report dispatched before receipts existed has only
 * its own count, which then counted the returns from above; one never dispatched has none.
 */
export function returnsSeenByCampaign(row: {
  hasReceipts: boolean;
  receiptReturnCount: number | null;
  reportReturnCount: number;
  submittedAt: Date | null;
}): number {
  if (row.hasReceipts) return row.receiptReturnCount ?? 0;
  return row.submittedAt ? row.reportReturnCount : 0;
}
