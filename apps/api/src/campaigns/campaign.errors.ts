import { AppError } from '@app/common';

/** Coded errors of campaigns, targets and extensions; the global filter renders them in the one error shape. */
export const CampaignErrors = {
  notFound: () => new AppError(404, 'CAMPAIGN_NOT_FOUND', 'Campaign not found'),
  unitsNotFound: (unitIds: string[]) =>
    new AppError(404, 'NOT_FOUND', `Unit not found: ${unitIds.join(', ')}`, { unitIds }),
  extensionNotFound: () => new AppError(404, 'EXTENSION_NOT_FOUND', 'Extension request not found'),
  notCoordinator: (unitName: string) =>
    new AppError(
      403,
      'ROLE_REQUIRED',
      `Only a coordinator of ${unitName} may do this; you hold no coordinator role there`,
      { needed: ['coordinator'] },
    ),
  requesterRole: (unitName: string, held: string[]) =>
    new AppError(
      403,
      'ROLE_REQUIRED',
      `Asking for an extension needs the role drafter or unit_leader in ${unitName}; you hold ${held.length ? held.join(', ') : 'no role'} there`,
      { needed: ['drafter', 'unit_leader'], held },
    ),
  noCoordinatorRole: () =>
    new AppError(403, 'ROLE_REQUIRED', 'Issuing a campaign needs the coordinator role', {
      needed: ['coordinator'],
    }),
  issuingUnitAmbiguous: () =>
    new AppError(
      400,
      'VALIDATION_FAILED',
      'You coordinate several units: say which one issues the campaign in issuingUnitId',
    ),
  invalid: (message: string, details?: Record<string, unknown>) =>
    new AppError(400, 'VALIDATION_FAILED', message, details),
  unknownWorkflow: (id: string, version: number) =>
    new AppError(400, 'UNKNOWN_WORKFLOW', `There is no workflow definition ${id} version ${version}`),
  dueDateInPast: (field: string, date: string, today: string) =>
    new AppError(400, 'DATE_IN_PAST', `${field} ${date} is in the past (today is ${today} in China)`, {
      field,
      date,
      today,
    }),
  dueAfterRegulation: (
    units: Array<{ unitId: string; name: string; regulationDueDate: string }>,
    due: string,
  ) =>
    new AppError(
      400,
      'DUE_DATE_AFTER_REGULATION',
      `The due date ${due} is later than the regulation allows for ${units
        .slice(0, 5)
        .map((u) => `${u.name} (${u.regulationDueDate})`)
        .join(
          ', ',
        )}${units.length > 5 ? ` and ${units.length - 5} more` : ''}; a campaign may only set an earlier date`,
      { units },
    ),
  dueAfterParent: (due: string, parentDue: string) =>
    new AppError(
      400,
      'DUE_DATE_AFTER_PARENT',
      `The due date ${due} is later than the parent campaign's due date ${parentDue}: a cascaded campaign must be due on or before the campaign it comes from`,
      { dueDate: due, parentDueDate: parentDue },
    ),
  noTargets: () => new AppError(400, 'NO_TARGETS', 'No unit below the issuing unit matches the selection'),
  targetNotBelow: (unitIds: string[], issuer: string) =>
    new AppError(
      400,
      'TARGET_NOT_BELOW_ISSUER',
      `Targets must be units below ${issuer}; these are not: ${unitIds.join(', ')}`,
      { unitIds },
    ),
  targetExists: (unitIds: string[]) =>
    new AppError(
      409,
      'TARGET_EXISTS',
      `These units are already targets of this campaign: ${unitIds.join(', ')}`,
      {
        unitIds,
      },
    ),
  withdrawn: () => new AppError(409, 'CAMPAIGN_WITHDRAWN', 'This campaign has been withdrawn'),
  pastDue: (due: string) =>
    new AppError(409, 'CAMPAIGN_PAST_DUE', `The campaign was due on ${due}; it can no longer be withdrawn`, {
      dueDate: due,
    }),
  parentYearMismatch: (year: number) =>
    new AppError(400, 'VALIDATION_FAILED', `A cascaded campaign reports on the parent's year ${year}`),
  alreadySubmitted: () =>
    new AppError(
      409,
      'REPORT_ALREADY_SUBMITTED',
      'The report has already been submitted; no extension is needed',
    ),
  extensionPending: (id: string) =>
    new AppError(
      409,
      'EXTENSION_PENDING',
      'An extension request for this unit is already waiting for a decision; wait for it before asking again',
      { extensionId: id },
    ),
  extensionDecided: (status: string) =>
    new AppError(409, 'EXTENSION_ALREADY_DECIDED', `This extension request has already been ${status}`, {
      status,
    }),
  notLater: (date: string, current: string) =>
    new AppError(
      400,
      'EXTENSION_NOT_LATER',
      `An extension must move the due date later than the current ${current} (asked: ${date})`,
      { date, currentDueDate: current },
    ),
  commentRequired: () =>
    new AppError(400, 'COMMENT_REQUIRED', 'Refusing an extension needs a comment saying why'),
  fileRequired: () =>
    new AppError(400, 'FILE_REQUIRED', 'Send the notice file as multipart/form-data in the field "file"'),
  fileType: (allowed: string[]) =>
    new AppError(
      415,
      'NOTICE_FILE_TYPE_NOT_ALLOWED',
      `Only ${allowed.join(', ')} files are accepted, and the file's content must match its extension`,
    ),
  noNoticeFile: () => new AppError(404, 'NOTICE_FILE_NOT_FOUND', 'This campaign has no notice file'),
};
