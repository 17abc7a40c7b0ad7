import { AppError } from '@app/common';
import type { DutyConflict, Refusal } from '@app/workflow';

export const ReportErrors = {
  notFound: () => new AppError(404, 'REPORT_NOT_FOUND', 'Report not found'),
  staleVersion: (current: { state: string; version: number }) =>
    new AppError(
      409,
      'REPORT_STALE_VERSION',
      `Someone else changed this report first: it is now in ${current.state} at version ${current.version}; reload and try again`,
      { currentState: current.state, currentVersion: current.version },
    ),
  staleRevision: (current: number, basedOn: number) =>
    new AppError(
      409,
      'REVISION_STALE',
      `This save is based on revision ${basedOn} but the report is at revision ${current}; reload, merge your changes and save again`,
      { currentRevision: current, basedOn },
    ),
  notEditable: (state: string) =>
    new AppError(
      409,
      'REPORT_NOT_EDITABLE',
      `The report can only be edited while drafting; it is in ${state}`,
      {
        currentState: state,
      },
    ),
  duplicate: (year: number) =>
    new AppError(409, 'REPORT_EXISTS', `This unit already has a report for ${year} in this campaign`),
  idempotencyMismatch: () =>
    new AppError(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used for a different request; use a new key for a new request',
    ),
  /** Separation of duties (职责分离): the rule is named so the user knows who else must act. */
  dutiesNotSeparated: (conflict: DutyConflict, current: { state: string; version: number }) =>
    new AppError(403, 'DUTIES_NOT_SEPARATED', conflict.message, {
      rule: conflict.rule,
      currentState: current.state,
      currentVersion: current.version,
    }),
  /** Maps a workflow refusal to the HTTP status a user expects. */
  refused: (refusal: Refusal, current: { state: string; version: number }) => {
    const status: Record<Refusal['code'], number> = {
      UNKNOWN_ACTION: 400,
      ACTION_NOT_ALLOWED_IN_STATE: 409,
      ROLE_NOT_ALLOWED: 403,
      COMMENT_REQUIRED: 400,
      FIELD_REQUIRED: 400,
      FIELD_INVALID: 400,
      WITHDRAW_NOT_ALLOWED: 409,
    };
    return new AppError(status[refusal.code], refusal.code, refusal.message, {
      currentState: current.state,
      currentVersion: current.version,
      ...(refusal.missingRoles ? { missingRoles: refusal.missingRoles } : {}),
      ...(refusal.missingFields ? { missingFields: refusal.missingFields } : {}),
    });
  },
};
