/**
 * Errors thrown by the calendar. Each names what to fix, because they surface in
 * deadline computations far from the data file that caused them.
 */

/** A string that is not a real calendar date in the form YYYY-MM-DD (e.g. "2023-02-30"). */
export class InvalidLocalDateError extends Error {
  constructor(readonly input: string) {
    super(`"${input}" is not a valid date in the form YYYY-MM-DD`);
    this.name = 'InvalidLocalDateError';
  }
}

/** A holiday data file that does not follow the format in config/calendar/README.md. */
export class CalendarDataError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${source}: ${problem}`);
    this.name = 'CalendarDataError';
  }
}

/**
 * Asked about a year for which no State Council schedule is loaded. We refuse rather than guess
 * plain weekdays: a guessed deadline would silently ignore the year's holidays and 调休 days.
 */
export class CalendarYearMissingError extends Error {
  readonly expectedFile: string;

  constructor(readonly year: number) {
    const expectedFile = `config/calendar/cn-${year}.json`;
    super(
      `No holiday schedule loaded for ${year}: add ${expectedFile} from the State Council notice ` +
        `(国务院办公厅关于${year}年部分节假日安排的通知); see config/calendar/README.md`,
    );
    this.name = 'CalendarYearMissingError';
    this.expectedFile = expectedFile;
  }
}
