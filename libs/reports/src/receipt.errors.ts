import { catalogued, type ErrorCatalogue } from '@app/common';
import type { Receipt } from './receipt.types';

/** Codes of receipts (回执): a campaign issuer's accept or return of a dispatched report. */
export const RECEIPT_ERROR_CODES = {
  RECEIPT_NOT_FOUND: {
    status: 404,
    meaning: 'The report was never dispatched to this campaign, or you do not coordinate its issuer',
  },
  RECEIPT_STALE_VERSION: {
    status: 409,
    meaning:
      'The receipt changed since you read it (`expectedVersion` is not its version): `details` has its status and version',
  },
  RECEIPT_ALREADY_DECIDED: {
    status: 409,
    meaning:
      'The receipt is not waiting for a decision (accepted, returned, its campaign was withdrawn, or the unit withdrew its dispatch)',
  },
  RECEIPT_DECISION_REQUIRED: {
    status: 409,
    meaning:
      'A report dispatched to campaigns is accepted or returned per receipt: POST /reports/:id/receipts/:campaignId/accept or /return',
  },
  RECEIPT_COMMENT_REQUIRED: { status: 400, meaning: 'A return needs a comment saying what to fix' },
  RECEIPT_EXISTS: {
    status: 409,
    meaning: 'The report was already dispatched to this campaign: its next dispatch reaches it again',
  },
  DISPATCH_NOT_POSSIBLE: {
    status: 409,
    meaning:
      'Only a report that left its unit (submitted, accepted or published) is dispatched to a campaign added later; one still in its unit reaches every campaign at its next dispatch',
  },
  RECEIPT_RETURN_NOT_POSSIBLE: {
    status: 409,
    meaning:
      'The report was already accepted (or made public) when it was sent to this campaign: it can be accepted, with findings (整改意见) for what must change, not returned',
  },
  // Declared here, beside the receipts it closes, so the findings (this lib) and the campaign
  // endpoints (apps/api) answer a withdrawn campaign with the one code.
  CAMPAIGN_WITHDRAWN: { status: 409, meaning: 'The campaign has been withdrawn' },
} as const satisfies ErrorCatalogue;

const fail = (code: keyof typeof RECEIPT_ERROR_CODES, message: string, details?: Record<string, unknown>) =>
  catalogued(RECEIPT_ERROR_CODES, code, message, details);

export const ReceiptErrors = {
  notFound: () => fail('RECEIPT_NOT_FOUND', 'This report has no receipt of this campaign that you may see'),
  stale: (current: Pick<Receipt, 'status' | 'version'>) =>
    fail(
      'RECEIPT_STALE_VERSION',
      `expectedVersion is not this receipt's version: it changed before this request (another user, another window, or an earlier click of yours) and is ${current.status} at version ${current.version}; reload and act on what it shows`,
      { currentStatus: current.status, currentVersion: current.version },
    ),
  alreadyDecided: (
    current: Pick<Receipt, 'status' | 'version' | 'revision' | 'acceptedRevision'>,
    campaignActive: boolean,
  ) =>
    fail(
      'RECEIPT_ALREADY_DECIDED',
      !campaignActive
        ? 'The campaign was withdrawn: its receipt is closed'
        : current.status === 'accepted'
          ? // It said "until the report is dispatched again" of a receipt whose report had been, twice,
            // as corrections (scenario test, stop 53): an acceptance is final, a correction recorded.
            `This receipt was accepted (revision ${current.acceptedRevision ?? current.revision}) and stays accepted: a correction dispatched after it is recorded and shown to you (acceptedRevision, revision), not decided again`
          : `This receipt is ${current.status}: it waits for no decision until the report is dispatched again`,
      { currentStatus: current.status, currentVersion: current.version },
    ),
  dispatchWithdrawn: (current: Pick<Receipt, 'status' | 'version'>, reportState: string) =>
    fail(
      'RECEIPT_ALREADY_DECIDED',
      `The unit withdrew its dispatch (the report is ${reportState} again): this receipt waits for no decision until the report is dispatched again`,
      { currentStatus: current.status, currentVersion: current.version, reportState },
    ),
  decisionRequired: (campaignIds: string[]) =>
    fail(
      'RECEIPT_DECISION_REQUIRED',
      'This report answers campaigns: accept or return the receipt of your campaign (POST /reports/:id/receipts/:campaignId/accept or /return)',
      { campaignIds },
    ),
  exists: () => fail('RECEIPT_EXISTS', 'The report was already dispatched to this campaign'),
  dispatchNotPossible: (state: string) =>
    fail(
      'DISPATCH_NOT_POSSIBLE',
      `The report is ${state}: only a report that left its unit (submitted, accepted or published) is dispatched to a campaign added later; its next dispatch reaches every campaign`,
      { currentState: state },
    ),
  returnNotPossible: (current: Pick<Receipt, 'status' | 'version'>, reportState: string) =>
    fail(
      'RECEIPT_RETURN_NOT_POSSIBLE',
      `The report is ${reportState}: it was accepted before it was sent to this campaign, so it cannot be returned to its unit; accept it, with findings (整改意见) for what must change`,
      { currentStatus: current.status, currentVersion: current.version, reportState },
    ),
  commentRequired: () => fail('RECEIPT_COMMENT_REQUIRED', 'A return needs a comment saying what to fix'),
  campaignWithdrawn: (message = 'This campaign has been withdrawn', details?: Record<string, unknown>) =>
    fail('CAMPAIGN_WITHDRAWN', message, details),
};
