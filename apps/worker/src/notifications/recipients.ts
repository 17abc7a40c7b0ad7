import { Injectable } from '@nestjs/common';
import { UserRepository } from '@app/directory';
import type { Audience } from '@app/reminders';
import type { Report } from '@app/reports';
import { defaultRegistry, rolesThatAct } from '@app/workflow';

export interface Recipient {
  id: string;
  unitId: string;
}

/** Who a reminder goes to: whoever must act now, the unit leader (督办), or the coordinators above. */
@Injectable()
export class Recipients {
  constructor(private readonly users: UserRepository) {}

  async of(report: Report, audience: Audience): Promise<Recipient[]> {
    if (audience === 'unit_leader') return this.inUnit(report.unitId, ['unit_leader']);
    if (audience === 'coordinator')
      return report.receivingUnitId ? this.inUnit(report.receivingUnitId, ['coordinator']) : [];
    const roles = rolesThatAct(defaultRegistry.get(report.workflowId, report.workflowVersion), report.state);
    if (roles.length > 0 && roles.every((r) => r === 'coordinator')) {
      return report.receivingUnitId ? this.inUnit(report.receivingUnitId, ['coordinator']) : [];
    }
    return this.inUnit(
      report.unitId,
      roles.filter((r) => r !== 'coordinator'),
    );
  }

  private async inUnit(
    unitId: string,
    roles: Parameters<UserRepository['findActiveByRoleInUnit']>[1],
  ): Promise<Recipient[]> {
    const rows = await this.users.findActiveByRoleInUnit(unitId, roles);
    return [...new Map(rows.map((r) => [r.id, { id: r.id, unitId }])).values()];
  }
}
