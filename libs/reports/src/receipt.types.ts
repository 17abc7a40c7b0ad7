/** 回执: where one campaign's issuer stands on the report dispatched to it. */
export type ReceiptStatus = 'received' | 'accepted' | 'returned';

export const RECEIPT_STATUSES: readonly ReceiptStatus[] = ['received', 'accepted', 'returned'];

/**
 * Whether a campaign still waits for the unit: nothing dispatched to it yet, or its report returned
 * by it (退回). Received (已报送) and accepted (已接收) leave nothing to press (催办) for: the API
 * refuses such a press, and a press's job run after the unit reported tells nobody.
 */
export function waitsForUnit(receipt: ReceiptStatus | null): boolean {
  return receipt === null || receipt === 'returned';
}

/** One report's receipt at one campaign (the campaign's issuing unit decides it). */
export interface Receipt {
  reportId: string;
  campaignId: string;
  campaignTitle: string;
  campaignDocumentNumber: string | null;
  /** A withdrawn campaign's receipt is closed: nobody decides it, and it counts for nothing. */
  campaignActive: boolean;
  /**
   * Received, but the unit withdrew this dispatch since (the report is back before 编号发文 with the
   * revision sent): nobody decides it until the report is dispatched again (penetration test, stop
   * 44: an accept then left the report in 已报送 with no action open to anyone).
   */
  dispatchWithdrawn: boolean;
  /**
   * A return can send the report back to its unit: false once the report was accepted (or made
   * public) before it was sent to this campaign (RECEIPT_RETURN_NOT_POSSIBLE).
   */
  returnable: boolean;
  /** The issuing unit: its coordinators accept or return. */
  issuingUnitId: string;
  issuingUnitName: string;
  status: ReceiptStatus;
  /** The revision last dispatched to this campaign. */
  revision: number;
  /** The revision accepted; lower than `revision` once a correction (更正) was dispatched after it. */
  acceptedRevision: number | null;
  dispatchedAt: Date;
  dispatchCount: number;
  decidedBy: string | null;
  decidedAt: Date | null;
  comment: string | null;
  version: number;
}

/** What a dispatch did to one campaign's receipt (the worker and the tests read it). */
export type DispatchOutcome = 'first' | 'again' | 'after_return' | 'correction';

/**
 * The offices that accepted the very revision last dispatched to them: the next person has acted,
 * so the unit may no longer withdraw that dispatch (撤回). An office that accepted before a
 * correction (更正) has not acted on the correction.
 */
export function acceptedThisDispatch(receipts: readonly Receipt[]): string[] {
  return receipts
    .filter((r) => r.campaignActive && r.status === 'accepted' && r.acceptedRevision === r.revision)
    .map((r) => r.issuingUnitName);
}
