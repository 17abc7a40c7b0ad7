import { catalogued, type ErrorCatalogue } from '@app/common';

/** Codes of the findings list (问题清单) and its 整改. */
export const FINDING_ERROR_CODES = {
  FINDING_NOT_FOUND: {
    status: 404,
    meaning: 'No such finding, or the caller is neither the report’s unit nor the raising coordinator',
  },
  FINDING_STALE_VERSION: {
    status: 409,
    meaning:
      'Someone changed the finding first: `expectedVersion` is not its current version; `details` has it',
  },
  FINDING_WRONG_STATUS: {
    status: 409,
    meaning:
      'The step does not fit the finding’s status (answer an open finding, close an answered one, reopen an answered or closed one); `details.status` has it',
  },
  FINDING_FIELD_INVALID: {
    status: 400,
    meaning:
      'A finding field is not acceptable (empty text or measures, a due date before today, a missing comment); `details.field` names it',
  },
  FINDING_NO_RECEIPT: {
    status: 409,
    meaning:
      'Findings are raised on a campaign’s receipt: the report has not been dispatched to a campaign the caller issued',
  },
} as const satisfies ErrorCatalogue;

export const FindingErrors = {
  notFound: () => catalogued(FINDING_ERROR_CODES, 'FINDING_NOT_FOUND', 'Finding not found'),
  staleVersion: (current: { version: number; status: string }) =>
    catalogued(
      FINDING_ERROR_CODES,
      'FINDING_STALE_VERSION',
      `The finding is at version ${current.version} (${current.status}); reload and try again`,
      { currentVersion: current.version, currentStatus: current.status },
    ),
  wrongStatus: (step: string, status: string) =>
    catalogued(FINDING_ERROR_CODES, 'FINDING_WRONG_STATUS', `A finding that is ${status} cannot be ${step}`, {
      step,
      status,
    }),
  fieldInvalid: (field: string, message: string) =>
    catalogued(FINDING_ERROR_CODES, 'FINDING_FIELD_INVALID', message, { field }),
  noReceipt: () =>
    catalogued(
      FINDING_ERROR_CODES,
      'FINDING_NO_RECEIPT',
      'The report has not been dispatched to a campaign your office issued: there is no receipt to raise findings on',
    ),
};
