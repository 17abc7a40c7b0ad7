import { Injectable } from '@nestjs/common';
import { nextOfficeInstant } from '@app/calendar';
import { AppConfig } from '@app/config';
import { StageClock } from '@app/reports';

/**
 * When a message due now may go out: now within office hours, otherwise the next opening on the
 * calendar in force (reminders and the email and robot messages of a 催办 never go out at night).
 * LATE_REMINDERS=immediately sends at once (a deployment that wants no hold).
 */
@Injectable()
export class OfficeOpening {
  constructor(
    private readonly stageClock: StageClock,
    private readonly config: AppConfig,
  ) {}

  async at(now: Date): Promise<Date> {
    return this.config.env.LATE_REMINDERS === 'immediately'
      ? now
      : nextOfficeInstant(now, await this.stageClock.calendar());
  }
}
