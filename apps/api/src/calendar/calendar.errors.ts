import { AppError, type ErrorCatalogue } from '@app/common';

/** Codes of the holiday schedules (节假日安排) administrators enter. */
export const CALENDAR_ERROR_CODES = {
  CALENDAR_SCOPE: {
    status: 403,
    meaning:
      "The national schedule is entered by an administrator of a top-level unit, a region's by an administrator of that region",
  },
  CALENDAR_SCHEDULE_INVALID: {
    status: 400,
    meaning: 'The schedule breaks a rule of the config/calendar format; `message` names the entry',
  },
} as const satisfies ErrorCatalogue;
import { CalendarDataError } from '@app/calendar';

/** Coded errors of the holiday schedule administration; the global filter renders the one error shape. */
export const CalendarErrors = {
  notAdmin: (held: string[]) =>
    new AppError(
      403,
      'ROLE_REQUIRED',
      `The holiday calendar is managed by administrators; you hold ${held.length ? held.join(', ') : 'no role'}`,
      { needed: ['admin'], held },
    ),
  nationalNeedsRootAdmin: () =>
    new AppError(
      403,
      'CALENDAR_SCOPE',
      'The State Council schedule applies to every unit: only an admin of a top-level unit may enter or withdraw it',
      { needed: 'admin of a top-level unit' },
    ),
  regionNeedsRegionAdmin: (region: string) =>
    new AppError(
      403,
      'CALENDAR_SCOPE',
      `Region ${region}'s holidays are entered by an admin of a province-level unit in region ${region} ` +
        '(division code starting with it) or of a top-level unit',
      { needed: `admin of a province-level unit of region ${region}`, region },
    ),
  badYear: (raw: string) =>
    new AppError(400, 'VALIDATION_FAILED', `year must be a four-digit year from 2000 to 2999 (got "${raw}")`),
  badDate: (raw: string) =>
    new AppError(
      400,
      'VALIDATION_FAILED',
      `date must be a calendar date written YYYY-MM-DD, in the years 2000 to 2999 (got "${raw}")`,
      { fields: [`date: expected YYYY-MM-DD (got "${raw}")`] },
    ),
  badRegion: (raw: string) =>
    new AppError(
      400,
      'VALIDATION_FAILED',
      `region must be a 2, 4 or 6 digit administrative division code prefix, e.g. 65 (got "${raw}")`,
    ),
  invalidSchedule: (error: CalendarDataError) =>
    new AppError(
      400,
      'CALENDAR_SCHEDULE_INVALID',
      `${error.message}; nothing was stored (format: config/calendar/README.md)`,
      { schedule: error.source, problem: error.problem },
    ),
  nothingToWithdraw: (what: string) =>
    new AppError(
      404,
      'NOT_FOUND',
      `No entered schedule for ${what} to withdraw (the built-in files of config/calendar cannot be withdrawn here)`,
    ),
};
