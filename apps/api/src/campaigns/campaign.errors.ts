import { catalogued, COMMON_ERROR_CODES, CommonErrors, type ErrorCatalogue } from '@app/common';
import { AccessErrors, EXTENSION_REQUESTER_ROLES } from '@app/directory';
import { ReceiptErrors, REPORT_ERROR_CODES } from '@app/reports';
import type { Role } from '@app/workflow';

/** How many unknown units a refusal names; the rest are counted. */
const UNITS_NAMED = 20;

/** Codes of campaigns (报送任务), their targets, notices and extensions (延期). */
export const CAMPAIGN_ERROR_CODES = {
  CAMPAIGN_NOT_FOUND: {
    status: 404,
    meaning: 'The campaign does not exist or is outside your reach (the two answer alike)',
  },
  EXTENSION_NOT_FOUND: { status: 404, meaning: 'The campaign has no extension request with this id' },
  NOTICE_FILE_NOT_FOUND: { status: 404, meaning: 'The campaign has no notice file' },
  UNKNOWN_WORKFLOW: { status: 400, meaning: 'The workflow definition and version named do not exist' },
  DATE_IN_PAST: { status: 400, meaning: 'A due date lies before today (in China); `details.field` names it' },
  DUE_DATE_AFTER_REGULATION: {
    status: 400,
    meaning:
      'The due date is later than the regulation allows for some targets; `details.units` lists them with their date',
  },
  REGULATION_DATE_PASSED: {
    status: 400,
    meaning:
      "The regulation's date for this report year has passed for some targets, so no due date is both allowed and still ahead; `details.units` lists them with their date",
  },
  DUE_DATE_AFTER_PARENT: {
    status: 400,
    meaning: 'A cascaded campaign (or an extension of it) is due after the campaign it comes from',
  },
  NO_TARGETS: { status: 400, meaning: 'No unit below the issuing unit matches the selection' },
  TARGET_NOT_BELOW_ISSUER: {
    status: 400,
    meaning:
      'Some targets are outside what the issuing unit may ask: below it; a department also its counterparts (same function) below the government of its level, a 司法局 or office every unit there',
  },
  CASCADE_BEYOND_PARENT: {
    status: 400,
    meaning:
      'A cascade (逐级下发) asks only what the parent campaign asked: units its targets received through you could ask themselves',
  },
  NOT_A_DEMONSTRATION_AREA: {
    status: 400,
    meaning:
      'A campaign on the demonstration line (reportLine demonstration_area) asks only governments flagged as national demonstration areas; `details.unitIds` and `unitNames` name the others',
  },
  REPORT_LINE_MISMATCH: {
    status: 400,
    meaning:
      'A cascade asks for the same line as the campaign it comes from; `details.parentReportLine` names it',
  },
  RECIPIENT_INVALID: {
    status: 400,
    meaning:
      'A recipient (主送/抄送) does not exist, is a target of the campaign, or is not one the issuer may address; `details.unitIds` names them',
  },
  EXTENSION_NOT_LATER: { status: 400, meaning: 'An extension must move the due date later' },
  EXTENSION_TOO_LATE: {
    status: 400,
    meaning:
      'An extension may not run past the end of the year after the report year; `details.latestDate` names that day',
  },
  JOINT_REPORT_INVALID: {
    status: 400,
    meaning:
      'A joint report (联合报告) names units that are not the 党委 and 政府 of the same place, or not both among the targets; `details.problems` names each',
  },
  JOINT_REPORT_CONFLICT: {
    status: 409,
    meaning:
      'One of the pair already has its own report for the year (one report per unit and year); `details.reports` names it',
  },
  TARGET_EXISTS: { status: 409, meaning: 'Some units are already targets of the campaign' },
  CAMPAIGN_DUPLICATE: {
    status: 409,
    meaning:
      'The issuing unit already has an active campaign for this report year asking some of the same units; `details` names it',
  },
  CAMPAIGN_PAST_DUE: {
    status: 409,
    meaning: 'The campaign is past its due date and can no longer be withdrawn',
  },
  REPORT_ALREADY_SUBMITTED: { status: 409, meaning: 'The report has been submitted; no extension is needed' },
  EXTENSION_PENDING: {
    status: 409,
    meaning: 'An extension request of this unit is already waiting; `details.extensionId` names it',
  },
  EXTENSION_ALREADY_DECIDED: { status: 409, meaning: 'The extension request has already been decided' },
  URGE_NOT_NEEDED: {
    status: 409,
    meaning:
      '催办: the unit has sent its report to this campaign (received or accepted, not returned); there is nothing to press for',
  },
  URGE_NOBODY_TO_TELL: {
    status: 409,
    meaning:
      '催办: nobody active in the unit holds a role a 催办 reaches (drafter, reviewers, unit leader): it would reach nobody; contact the unit directly or have its administrator create an account',
  },
  URGED_TODAY: {
    status: 409,
    meaning:
      '催办: this target was already pressed today (China date): one 催办 per target and day; `details` names when and by whom',
  },
} as const satisfies ErrorCatalogue;

const fail = (code: keyof typeof CAMPAIGN_ERROR_CODES, message: string, details?: Record<string, unknown>) =>
  catalogued(CAMPAIGN_ERROR_CODES, code, message, details);

/** Coded errors of campaigns, targets and extensions; the global filter renders them in the one error shape. */
export const CampaignErrors = {
  notFound: () => fail('CAMPAIGN_NOT_FOUND', 'Campaign not found'),
  // The first 20 named (10,000 unknown ids answered 770 KB, each twice: pen test, stop 55); the
  // count says how many more.
  unitsNotFound: (unitIds: string[]) => {
    const shown = unitIds.slice(0, UNITS_NAMED);
    const more = unitIds.length - shown.length;
    return catalogued(
      COMMON_ERROR_CODES,
      'NOT_FOUND',
      `Unit not found: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
      { unitIds: shown, count: unitIds.length },
    );
  },
  extensionNotFound: () => fail('EXTENSION_NOT_FOUND', 'Extension request not found'),
  // A coordinator above the issuer holds coordinator "there" by inheritance and reads its campaigns,
  // but acts for its own unit only: the message said "only a coordinator may; you hold coordinator"
  // (penetration test, stop 40). It says where the role is held instead.
  notCoordinator: (unitName: string, held: Role[]) =>
    held.includes('coordinator')
      ? AccessErrors.roleRequired(
          `Only the coordinators of ${unitName} itself may do this: your coordinator role is held at a unit above it, which reads its campaigns but does not act for it`,
          ['coordinator'],
          {
            held,
            heldAbove: true,
            messageZh: `只有${unitName}本单位的经办人可以办理：您的经办人角色在其上级单位，可以查阅，不能代为办理。`,
          },
        )
      : AccessErrors.roleRequired(
          `Only a coordinator of ${unitName} may do this; you hold ${held.length ? held.join(', ') : 'no role'} there`,
          ['coordinator'],
          { held },
        ),
  requesterRole: (unitName: string, held: Role[]) =>
    AccessErrors.roleRequired(
      `Asking for an extension needs the role ${EXTENSION_REQUESTER_ROLES.join(' or ')} in ${unitName}; you hold ${held.length ? held.join(', ') : 'no role'} there`,
      [...EXTENSION_REQUESTER_ROLES],
      { held },
    ),
  noCoordinatorRole: () =>
    AccessErrors.roleRequired('Issuing a campaign needs the coordinator role', ['coordinator']),
  issuingUnitAmbiguous: () =>
    CommonErrors.validation(
      'You coordinate several units: say which one issues the campaign in issuingUnitId',
    ),
  invalid: (message: string, details?: Record<string, unknown>) => CommonErrors.validation(message, details),
  /** One field wrong: `details.fields` names it, as the request validation's answers do. */
  invalidField: (field: string, problem: string) =>
    CommonErrors.validation(`${field} ${problem}`, { fields: [`${field}: ${problem}`] }),
  unknownWorkflow: (id: string, version: number) =>
    fail('UNKNOWN_WORKFLOW', `There is no workflow definition ${id} version ${version}`, {
      field: 'workflow',
      workflow: { id, version },
    }),
  dueDateInPast: (field: string, date: string, today: string) =>
    fail('DATE_IN_PAST', `${field} ${date} is in the past (today is ${today} in China)`, {
      field,
      date,
      today,
    }),
  dueAfterRegulation: (
    units: Array<{ unitId: string; name: string; regulationDueDate: string }>,
    due: string,
  ) =>
    fail(
      'DUE_DATE_AFTER_REGULATION',
      `The due date ${due} is later than the regulation allows for ${units
        .slice(0, 5)
        .map((u) => `${u.name} (${u.regulationDueDate})`)
        .join(
          ', ',
        )}${units.length > 5 ? ` and ${units.length - 5} more` : ''}; a campaign may only set an earlier date`,
      { units },
    ),
  regulationDatePassed: (
    reportYear: number,
    units: Array<{ unitId: string; name: string; regulationDueDate: string }>,
    today: string,
  ) =>
    fail(
      'REGULATION_DATE_PASSED',
      `The regulation had the ${reportYear} reports of ${units
        .slice(0, 5)
        .map((u) => `${u.name} (${u.regulationDueDate})`)
        .join(
          ', ',
        )}${units.length > 5 ? ` and ${units.length - 5} more` : ''} due by a date that has passed (today is ${today} in China): no due date is both allowed and still ahead, so a campaign can no longer ask for them`,
      { reportYear, units, today },
    ),
  dueAfterParent: (due: string, parentDue: string) =>
    fail(
      'DUE_DATE_AFTER_PARENT',
      `The due date ${due} is later than the parent campaign's due date ${parentDue}: a cascaded campaign must be due on or before the campaign it comes from`,
      { dueDate: due, parentDueDate: parentDue },
    ),
  noTargets: () => fail('NO_TARGETS', 'No unit below the issuing unit matches the selection'),
  targetNotBelow: (unitIds: string[], issuer: string) =>
    fail(
      'TARGET_NOT_BELOW_ISSUER',
      `Targets must be units ${issuer} may ask (below it; for a department, also its counterparts of the same function below the government of its level; for a 司法局 or office, every unit below that government); these are not: ${unitIds.join(', ')}`,
      { unitIds },
    ),
  beyondParent: (units: Array<{ id: string; name: string }>) =>
    fail(
      'CASCADE_BEYOND_PARENT',
      `A cascade passes on what the parent campaign asked: only the units it reached through you, and those they could ask themselves. These are beyond it: ${units.map((u) => u.name).join('、')}; issue a campaign of your own for them instead`,
      { unitIds: units.map((u) => u.id), unitNames: units.map((u) => u.name) },
    ),
  notDemonstrationAreas: (units: Array<{ id: string; name: string }>) =>
    fail(
      'NOT_A_DEMONSTRATION_AREA',
      `The demonstration line (示范地区年度报告) is asked only of governments designated national demonstration areas; these are not: ${units
        .slice(0, 20)
        .map((u) => u.name)
        .join(
          '、',
        )}${units.length > 20 ? ` and ${units.length - 20} more` : ''}. Ask them on the ordinary line (reportLine annual), or have an administrator flag the government as a demonstration area first`,
      { unitIds: units.map((u) => u.id), unitNames: units.map((u) => u.name) },
    ),
  reportLineMismatch: (parentReportLine: string) =>
    fail(
      'REPORT_LINE_MISMATCH',
      `A cascade passes on the line the parent campaign asked for (${parentReportLine}); leave reportLine out or set it to ${parentReportLine}`,
      { parentReportLine },
    ),
  recipientInvalid: (problems: Array<{ unitId: string; reason: string }>) =>
    fail(
      'RECIPIENT_INVALID',
      `These recipients cannot be named: ${problems.map((p) => `${p.unitId} (${p.reason})`).join('; ')}`,
      { unitIds: problems.map((p) => p.unitId), problems },
    ),
  duplicate: (existing: { id: string; title: string; documentNumber: string | null }, unitIds: string[]) =>
    fail(
      'CAMPAIGN_DUPLICATE',
      `This was already issued: 《${existing.title}》${existing.documentNumber ? `（${existing.documentNumber}）` : ''} asks ${unitIds.length} of these units for the same year; add units to it instead`,
      { campaignId: existing.id, title: existing.title, documentNumber: existing.documentNumber, unitIds },
    ),
  jointReportInvalid: (
    problems: Array<{ governmentUnitId: string; partyCommitteeUnitId: string; reason: string }>,
  ) =>
    fail('JOINT_REPORT_INVALID', `These cannot report jointly: ${problems.map((p) => p.reason).join('; ')}`, {
      problems,
    }),
  jointReportConflict: (reports: Array<{ unitName: string; reportId: string }>) =>
    fail(
      'JOINT_REPORT_CONFLICT',
      `${reports.map((r) => r.unitName).join('、')} already has its own report for the year, so it cannot report jointly: one report per unit and year answers every campaign`,
      { reports },
    ),
  targetExists: (unitIds: string[]) =>
    fail('TARGET_EXISTS', `These units are already targets of this campaign: ${unitIds.join(', ')}`, {
      unitIds,
    }),
  /** CAMPAIGN_WITHDRAWN is declared with the receipts (@app/reports): the findings answer it too. */
  withdrawn: () => ReceiptErrors.campaignWithdrawn(),
  pastDue: (due: string) =>
    fail('CAMPAIGN_PAST_DUE', `The campaign was due on ${due}; it can no longer be withdrawn`, {
      dueDate: due,
    }),
  parentYearMismatch: (year: number) =>
    CommonErrors.validation(`A cascaded campaign reports on the parent's year ${year}`, {
      // Named as every other VALIDATION_FAILED names its field (external QA, stop 52: no details).
      fields: [
        `reportYear: a cascaded campaign reports on the parent's year ${year}; leave it out or send ${year}`,
      ],
    }),
  alreadySubmitted: () =>
    fail('REPORT_ALREADY_SUBMITTED', 'The report has already been submitted; no extension is needed'),
  extensionPending: (id: string) =>
    fail(
      'EXTENSION_PENDING',
      'An extension request for this unit is already waiting for a decision; wait for it before asking again',
      { extensionId: id },
    ),
  extensionDecided: (status: string) =>
    fail('EXTENSION_ALREADY_DECIDED', `This extension request has already been ${status}`, {
      status,
    }),
  notLater: (date: string, current: string) =>
    fail(
      'EXTENSION_NOT_LATER',
      `An extension must move the due date later than the current ${current} (asked: ${date})`,
      { date, currentDueDate: current },
    ),
  /**
   * Asked past the date the campaign above gives this cascade: it could never be granted here (a
   * scenario test, stop 49: the request waited, and the grant was refused with a message about issuing).
   */
  extensionAfterParent: (field: string, date: string, parentDue: string) =>
    fail(
      'EXTENSION_TOO_LATE',
      `${field} ${date} is too late: this campaign passes on one from the office above, due ${parentDue}, and an extension here may run to ${parentDue} at the latest (more time than that is for the office above to give)`,
      { field, date, latestDate: parentDue, parentDueDate: parentDue },
    ),
  grantAfterParent: (date: string, parentDue: string) =>
    fail(
      'DUE_DATE_AFTER_PARENT',
      `dueDate ${date} is later than ${parentDue}, the date the campaign above gives: grant ${parentDue} at the latest`,
      { field: 'dueDate', dueDate: date, parentDueDate: parentDue },
    ),
  tooLate: (field: string, date: string, latest: string, reportYear: number) =>
    fail(
      'EXTENSION_TOO_LATE',
      `${field} ${date} is too late: an extension of the ${reportYear} report may run to ${latest} at the latest (by then the next year's report is due)`,
      { field, date, latestDate: latest },
    ),
  commentRequired: () =>
    catalogued(REPORT_ERROR_CODES, 'COMMENT_REQUIRED', 'Refusing an extension needs a comment saying why'),
  fileRequired: () => CommonErrors.fileRequired('the notice file'),
  fileType: (allowed: string[]) => CommonErrors.fileType(allowed),
  /** The unit asked for is not a target the caller may see; `ownUnit`: the caller named none. */
  extensionTargetNotFound: (ownUnit: boolean) =>
    catalogued(
      COMMON_ERROR_CODES,
      'NOT_FOUND',
      ownUnit
        ? 'Your unit is not a target of this campaign: name the target unit you ask for (unitId), one of your own units'
        : 'That unit is not a target of this campaign that you may ask for: name one of your own units among its targets',
    ),
  targetNotFound: () =>
    catalogued(
      COMMON_ERROR_CODES,
      'NOT_FOUND',
      'This unit is not a target of the campaign: pick a unit from the campaign board',
    ),
  urgeNotNeeded: (unitName: string, receipt: string) =>
    fail(
      'URGE_NOT_NEEDED',
      `${unitName} has already sent its report to this campaign (${receipt === 'accepted' ? 'accepted, 已接收' : 'received, 已报送'}); 催办 is for a unit that has not submitted here or whose report was returned`,
      { receipt },
    ),
  urgeNobodyToTell: (unitName: string) =>
    fail(
      'URGE_NOBODY_TO_TELL',
      `${unitName} has no active account in ReportFlow that a 催办 reaches (drafter 起草人, reviewers or unit leader 主要负责人), so it would reach nobody: contact the unit directly, or ask its administrator to create an account for it`,
    ),
  urgedToday: (unitName: string, first: { id: string; at: Date; atText: string; byName: string }) =>
    fail(
      'URGED_TODAY',
      `${unitName} was already pressed (催办) today at ${first.atText} by ${first.byName}: one 催办 per unit a day, press again tomorrow`,
      { urgeId: first.id, urgedAt: first.at.toISOString(), urgedBy: first.byName },
    ),
  noNoticeFile: () => fail('NOTICE_FILE_NOT_FOUND', 'This campaign has no notice file'),
};
