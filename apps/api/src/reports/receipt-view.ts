import { decidesReceipt, type Principal } from '@app/directory';
import type { Receipt } from '@app/reports';
import type { z } from 'zod/v4';
import type { ReceiptSchema } from './reports.responses';

/** A receipt as the API shows it to `principal`, with whether it may decide it now. */
export function receiptView(r: Receipt, principal: Principal): z.input<typeof ReceiptSchema> {
  const decides =
    r.status === 'received' &&
    r.campaignActive &&
    !r.dispatchWithdrawn &&
    decidesReceipt(principal, r.issuingUnitId);
  return {
    campaign: {
      id: r.campaignId,
      title: r.campaignTitle,
      documentNumber: r.campaignDocumentNumber,
      active: r.campaignActive,
    },
    issuingUnit: { id: r.issuingUnitId, name: r.issuingUnitName },
    status: r.status,
    revision: r.revision,
    acceptedRevision: r.acceptedRevision,
    dispatchedAt: r.dispatchedAt,
    dispatchCount: r.dispatchCount,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
    comment: r.comment,
    version: r.version,
    dispatchWithdrawn: r.dispatchWithdrawn,
    // The same rule as the accept/return endpoints, so the console offers only what will be allowed.
    canDecide: decides,
    canReturn: decides && r.returnable,
  };
}
