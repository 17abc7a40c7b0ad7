import { catalogued, type ErrorCatalogue } from '@app/common';
import { AccessErrors } from '@app/directory';
import type { DutyConflict, Refusal, RefusalCode } from '@app/workflow';
import type { MissingStampedScan } from './stamped-scan-rule';

/** Codes of reports, their revisions, actions, attachments, documents and inbox. */
export const REPORT_ERROR_CODES = {
  REPORT_NOT_FOUND: {
    status: 404,
    meaning: 'The report does not exist or is outside your reach (the two answer alike)',
  },
  REVISION_NOT_FOUND: { status: 404, meaning: 'The report has no revision with this number' },
  ATTACHMENT_NOT_FOUND: { status: 404, meaning: 'The report has no attachment with this id' },
  NOTIFICATION_NOT_FOUND: { status: 404, meaning: 'You have no notification with this id' },
  UNKNOWN_ACTION: { status: 400, meaning: "The action is not one of the report's workflow" },
  COMMENT_REQUIRED: {
    status: 400,
    meaning: 'A return, or the refusal of an extension, needs a comment saying why',
  },
  FIELD_REQUIRED: {
    status: 400,
    meaning: 'The action needs more fields (e.g. the meeting record); `details.missingFields` names them',
  },
  FIELD_INVALID: {
    status: 400,
    meaning:
      'A field of the action is malformed (e.g. a date that does not exist); `details.invalidFields` names it',
  },
  REPORT_STALE_VERSION: {
    status: 409,
    meaning:
      'Someone acted on the report first: `expectedVersion` is not the current version; `details` has the current state and version',
  },
  REVISION_STALE: {
    status: 409,
    meaning: '`basedOnRevision` is not the latest revision; reload, merge and save again',
  },
  REPORT_NOT_EDITABLE: { status: 409, meaning: 'The report can only be changed while drafting' },
  REPORT_EXISTS: {
    status: 409,
    meaning:
      'The unit already has its report for the year: a campaign asked for it (details.reportId names it), or it was made before',
  },
  ACTION_NOT_ALLOWED_IN_STATE: {
    status: 409,
    meaning: 'The action is not possible in the report’s current state; `message` lists the possible ones',
  },
  WITHDRAW_NOT_ALLOWED: {
    status: 409,
    meaning: 'Only whoever moved the report last may withdraw it, and only until the next person acts',
  },
  NO_REVISION_YET: {
    status: 409,
    meaning: 'The report has no saved revision yet, so there is nothing to export or to override',
  },
  COMPLETENESS_CHECK_FAILED: {
    status: 422,
    meaning:
      'The current revision fails the completeness check (形式审查); `details.findings` lists what to fix',
  },
  STAMPED_SCAN_REQUIRED: {
    status: 422,
    meaning:
      'A campaign the report answers requires the stamped scan (报送时须上传盖章扫描件) and none of the revision being dispatched is uploaded; `details.campaigns` names them, `details.revision` is the revision to print, seal and scan, `details.latestScannedRevision` the newest one scanned (an earlier version’s scan does not count)',
  },
  DOCUMENT_REJECTED: {
    status: 422,
    meaning:
      'An imported file could not be read as a report; `details.reason` and `details.messageZh` say why',
  },
  REPORT_TOO_LONG: {
    status: 400,
    meaning:
      'The text has more paragraphs or lines than any report has (UPLOAD_LIMITS: 5,000 non-blank lines, 20,000 lines in all); `details` has the count and the limit',
  },
  DUTIES_NOT_SEPARATED: {
    status: 403,
    meaning:
      'Separation of duties (职责分离): the submitter may not approve, and no one approves twice in one review round; `details.rule` names the rule',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    meaning: 'This Idempotency-Key was already used for a different request',
  },
} as const satisfies ErrorCatalogue;

/** Workflow refusals other than a missing role keep the workflow's code (a missing role is ROLE_REQUIRED). */
const REFUSAL_CODES = {
  UNKNOWN_ACTION: 'UNKNOWN_ACTION',
  ACTION_NOT_ALLOWED_IN_STATE: 'ACTION_NOT_ALLOWED_IN_STATE',
  COMMENT_REQUIRED: 'COMMENT_REQUIRED',
  FIELD_REQUIRED: 'FIELD_REQUIRED',
  FIELD_INVALID: 'FIELD_INVALID',
  WITHDRAW_NOT_ALLOWED: 'WITHDRAW_NOT_ALLOWED',
} as const satisfies Record<Exclude<RefusalCode, 'ROLE_NOT_ALLOWED'>, keyof typeof REPORT_ERROR_CODES>;

const fail = (code: keyof typeof REPORT_ERROR_CODES, message: string, details?: Record<string, unknown>) =>
  catalogued(REPORT_ERROR_CODES, code, message, details);

export const ReportErrors = {
  notFound: () => fail('REPORT_NOT_FOUND', 'Report not found'),
  revisionNotFound: (number: number) => fail('REVISION_NOT_FOUND', `Revision ${number} does not exist`),
  attachmentNotFound: () => fail('ATTACHMENT_NOT_FOUND', 'Attachment not found'),
  staleVersion: (current: { state: string; version: number }) =>
    fail(
      'REPORT_STALE_VERSION',
      `expectedVersion is not this report's version: it changed before this request (another user, another window, or an earlier click of yours) and is now in ${current.state} at version ${current.version}; reload and act on what it shows`,
      { currentState: current.state, currentVersion: current.version },
    ),
  staleRevision: (current: number, basedOn: number) =>
    fail(
      'REVISION_STALE',
      `This save is based on revision ${basedOn} but the report is at revision ${current}; reload, merge your changes and save again`,
      { currentRevision: current, basedOn },
    ),
  notEditable: (state: string) =>
    fail('REPORT_NOT_EDITABLE', `The report can only be edited while drafting; it is in ${state}`, {
      currentState: state,
    }),
  /** Export and the check override both need a saved revision. */
  noRevisionYet: () => fail('NO_REVISION_YET', 'The report has no saved revision yet; save the text first'),
  duplicate: (year: number) =>
    fail('REPORT_EXISTS', `This unit already has a report for ${year} in this campaign`),
  /** A report made by hand for a unit and year a campaign has asked for: the campaign's report is the one. */
  unitYearTaken: (year: number, existing: { id: string; title: string }) =>
    fail(
      'REPORT_EXISTS',
      `This unit already has its ${year} report ("${existing.title}", ${existing.id}): write that one. ` +
        'A unit writes one report a year, and every campaign asking for it receives it',
      { reportId: existing.id },
    ),
  /** A text no report reaches, refused before the checks every save runs (they would hold the event loop). */
  tooLong: (paragraphs: number, limit: number) =>
    fail(
      'REPORT_TOO_LONG',
      `The text has ${paragraphs} paragraphs (non-blank lines); a report may have at most ${limit}. ` +
        'Remove what does not belong in the report (tables of data can go in an attachment) and save again',
      { paragraphs, limit },
    ),
  /** Blank lines cost the checks as much as written ones: bounded too (UPLOAD_LIMITS.maxLines). */
  tooManyLines: (lines: number, lineLimit: number) =>
    fail(
      'REPORT_TOO_LONG',
      `The text has ${lines} lines (blank lines included); a report may have at most ${lineLimit}. ` +
        'Remove the runs of empty lines and save again',
      { lines, lineLimit },
    ),
  /** 报送时须上传盖章扫描件: which campaigns ask for it, and the revision the scan must show. */
  stampedScanRequired: (missing: MissingStampedScan) => {
    const titles = missing.campaigns.map((c) => `「${c.title}」`).join('、');
    const older =
      missing.latestScannedRevision === null
        ? 'no stamped scan has been uploaded'
        : `the stamped scan uploaded is of revision ${missing.latestScannedRevision}, an earlier version, which does not count`;
    return fail(
      'STAMPED_SCAN_REQUIRED',
      `The campaign ${titles} requires the stamped scan (盖章扫描件) of the version being dispatched (revision ${missing.revision}), ` +
        `and ${older}. Print revision ${missing.revision}, have it sealed, upload the scan as a PDF ` +
        '(POST /reports/{id}/stamped-scan) and dispatch again',
      {
        revision: missing.revision,
        latestScannedRevision: missing.latestScannedRevision,
        campaigns: missing.campaigns,
      },
    );
  },
  idempotencyMismatch: () =>
    fail(
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used for a different request; use a new key for a new request',
    ),
  /** 撤回 after an office accepted this very dispatch: the next person has acted (ReportDispatch). */
  withdrawAfterAcceptance: (acceptedBy: string[], current: { state: string; version: number }) =>
    fail(
      'WITHDRAW_NOT_ALLOWED',
      `${acceptedBy.join(', ')} already accepted this dispatch (the next person has acted), so it can no longer be withdrawn`,
      { currentState: current.state, currentVersion: current.version, acceptedBy },
    ),
  /** Separation of duties (职责分离): the rule is named so the user knows who else must act. */
  dutiesNotSeparated: (conflict: DutyConflict, current: { state: string; version: number }) =>
    fail('DUTIES_NOT_SEPARATED', conflict.message, {
      rule: conflict.rule,
      currentState: current.state,
      currentVersion: current.version,
    }),
  /**
   * A copy recipient (抄送, or a 主送 that does not decide) holds no role on the report and reads it
   * only as it was sent: its action is refused with the state-independent refusal (the roles that
   * may) and never with the live state and version `refused` names, which it must not learn.
   */
  copyReaderActs: (refusal: Refusal | null) =>
    AccessErrors.roleRequired(
      refusal?.code === 'ROLE_NOT_ALLOWED'
        ? refusal.message
        : 'A copy recipient reads this report as it was sent to its unit and takes no action on it',
      refusal?.code === 'ROLE_NOT_ALLOWED' ? (refusal.missingRoles ?? []) : [],
    ),
  /** Maps a workflow refusal to the code and HTTP status a user expects. */
  refused: (refusal: Refusal, current: { state: string; version: number }) => {
    const where = { currentState: current.state, currentVersion: current.version };
    if (refusal.code === 'ROLE_NOT_ALLOWED') {
      return AccessErrors.roleRequired(refusal.message, refusal.missingRoles ?? [], where);
    }
    return fail(REFUSAL_CODES[refusal.code], refusal.message, {
      ...where,
      ...(refusal.missingFields ? { missingFields: refusal.missingFields } : {}),
      ...(refusal.invalidFields ? { invalidFields: refusal.invalidFields } : {}),
    });
  },
};

/**
 * The report's version moved between the read the decision was based on and the conditional
 * UPDATE: someone else acted first. Raised inside the transaction to roll it back; the caller
 * re-reads the report and answers REPORT_STALE_VERSION with its current state.
 */
export class StaleVersionError extends Error {
  constructor(readonly reportId: string) {
    super(`report ${reportId} changed after it was read`);
    this.name = 'StaleVersionError';
  }
}
