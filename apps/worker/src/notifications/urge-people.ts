import { Injectable } from '@nestjs/common';
import { URGE_REACHABLE_ROLES } from '@app/directory';
import type { Report } from '@app/reports';
import { Recipients, type AudienceUnit } from './recipients';
import { urgeAudiences } from './urge-message';

/** Who a 催办 reaches, resolved when its message goes (urge-message.ts says who and why). */
@Injectable()
export class UrgePeople {
  constructor(private readonly recipients: Recipients) {}

  async of(report: Report, overdue: boolean): Promise<string[]> {
    const audiences = urgeAudiences(this.recipients.audienceUnit(report, 'actors'), report.unitId, overdue);
    const people = await this.idsOf(audiences);
    if (people.length > 0) return people;
    // The next actors gone since the press (the API refuses a unit with nobody to reach): whoever
    // writes or answers for the report hears of it rather than nobody.
    return this.idsOf([{ unitIds: [report.unitId], roles: [...URGE_REACHABLE_ROLES] }]);
  }

  private async idsOf(audiences: AudienceUnit[]): Promise<string[]> {
    return [...new Set((await this.recipients.ofMany(audiences)).flat().map((p) => p.id))];
  }
}
