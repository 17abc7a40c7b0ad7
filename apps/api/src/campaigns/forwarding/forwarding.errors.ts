import { catalogued, type ErrorCatalogue } from '@app/common';

/** Codes of 报送外部机关: the issuing office recording that it sent a report on outside the system. */
export const FORWARDING_ERROR_CODES = {
  FORWARDING_INVALID: {
    status: 400,
    meaning:
      'The record of sending on is out of bounds (a body the campaign does not name, a date in the future or before the acceptance, a channel 其他 without words); `details.field` names the field',
  },
  FORWARDING_NOT_ACCEPTED: {
    status: 409,
    meaning:
      'The issuing office has not accepted this target’s report (or has returned it since): only an accepted report is sent on',
  },
  FORWARDING_CHANGED: {
    status: 409,
    meaning:
      'The record being corrected is not the current one for this body (someone recorded first); `details.currentId` names the current record to reload',
  },
} as const satisfies ErrorCatalogue;

const fail = (
  code: keyof typeof FORWARDING_ERROR_CODES,
  message: string,
  details?: Record<string, unknown>,
) => catalogued(FORWARDING_ERROR_CODES, code, message, details);

export const ForwardingErrors = {
  invalid: (field: string, message: string) => fail('FORWARDING_INVALID', message, { field }),
  notAccepted: (unitName: string) =>
    fail(
      'FORWARDING_NOT_ACCEPTED',
      `The report of ${unitName} has not been accepted (采用) by the issuing office: accept it first, then record sending it on`,
    ),
  changed: (currentId: number | null) =>
    fail(
      'FORWARDING_CHANGED',
      currentId === null
        ? 'There is no earlier record for this body to correct: record it without supersedes'
        : `The current record for this body is ${currentId}: reload and correct that one (supersedes: ${currentId})`,
      { currentId },
    ),
};
