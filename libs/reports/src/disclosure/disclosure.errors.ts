import { catalogued, type ErrorCatalogue } from '@app/common';

/** Codes of the disclosure track (保密审查 and publication). */
export const DISCLOSURE_ERROR_CODES = {
  DISCLOSURE_NOT_DISPATCHED: {
    status: 409,
    meaning: 'The disclosure track starts once the report has been dispatched (submitted or later)',
  },
  DISCLOSURE_STALE_VERSION: {
    status: 409,
    meaning:
      'Someone recorded a disclosure step first: `expectedVersion` is not the current disclosure version; `details` has it',
  },
  DISCLOSURE_ALREADY_PUBLISHED: {
    status: 409,
    meaning: 'The report is already published; nothing more to record',
  },
  DISCLOSURE_NOT_CLEARED: {
    status: 409,
    meaning: 'Publication needs a confidentiality review (保密审查) that cleared the report',
  },
  DISCLOSURE_REVIEW_OUTDATED: {
    status: 409,
    meaning:
      'The confidentiality review covered an earlier revision than the current one; review the current revision first',
  },
  DISCLOSURE_FIELD_INVALID: {
    status: 400,
    meaning:
      'A publication or review field is not acceptable (URL not http(s), date in the future or before the review, missing comment); `details.field` names it',
  },
} as const satisfies ErrorCatalogue;

export const DisclosureErrors = {
  notDispatched: (state: string) =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_NOT_DISPATCHED',
      `The report is in ${state}: disclosure starts once it has been dispatched`,
    ),
  staleVersion: (current: { version: number; status: string }) =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_STALE_VERSION',
      `The disclosure is at version ${current.version} (${current.status}); reload and try again`,
      { currentVersion: current.version, currentStatus: current.status },
    ),
  alreadyPublished: () =>
    catalogued(DISCLOSURE_ERROR_CODES, 'DISCLOSURE_ALREADY_PUBLISHED', 'The report is already published'),
  notCleared: () =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_NOT_CLEARED',
      'Record a confidentiality review that clears the report before its publication',
    ),
  reviewOutdated: (reviewed: number, current: number) =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_REVIEW_OUTDATED',
      `The confidentiality review covered revision ${reviewed}; the current revision is ${current}`,
      { reviewedRevision: reviewed, currentRevision: current },
    ),
  fieldInvalid: (field: string, message: string) =>
    catalogued(DISCLOSURE_ERROR_CODES, 'DISCLOSURE_FIELD_INVALID', message, { field }),
};
