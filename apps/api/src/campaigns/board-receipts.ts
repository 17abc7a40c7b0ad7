import type { ReceiptStatus } from '@app/reports';

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
export function stateSeenByCampaign(row: ReportAndReceipt): { state: string; submittedAt: Date | null } {
  if (!row.hasReceipts) return { state: row.state, submittedAt: row.submittedAt };
  switch (row.receiptStatus) {
    case 'received':
      return { state: DISPATCHED, submittedAt: row.receiptCreatedAt };
    case 'accepted':
      return { state: ACCEPTED, submittedAt: row.receiptCreatedAt };
    default:
      // Returned, or not yet dispatched here: where the report stands, not submitted to this campaign.
      return { state: row.state, submittedAt: null };
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
