import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import {
  dutyConflict,
  isApproval,
  type DutySeparationRule,
  type TransitionDecision,
  type WorkflowDefinition,
} from '@app/workflow';
import { AuditRepository } from './audit.repository';
import { ReportErrors } from './report.errors';
import type { Report } from './report.types';
import { UnitDutySeparationRepository } from './unit-duty-separation.repository';

export interface DutyCheck {
  definition: WorkflowDefinition;
  decision: TransitionDecision;
  report: Report;
  userId: string;
}

/**
 * Separation of duties (职责分离) in a unit's review chain: enforced unless the unit's own setting
 * (units.duty_separation), else DUTY_SEPARATION, relaxes it. Read only when a step would break
 * the rule, so the common path costs nothing.
 */
@Injectable()
export class DutySeparationPolicy {
  constructor(
    private readonly units: UnitDutySeparationRepository,
    private readonly audit: AuditRepository,
    private readonly config: AppConfig,
  ) {}

  async isRelaxedFor(unitId: string): Promise<boolean> {
    const setting = (await this.units.settingOf(unitId)) ?? this.config.env.DUTY_SEPARATION;
    return setting === 'relaxed';
  }

  /**
   * For approvals: refused (403 naming the rule) unless the unit relaxed it, in which case the
   * broken rule is returned for the event to record. Only approvals pay the query.
   */
  async relaxedRuleBrokenBy({
    definition,
    decision,
    report,
    userId,
  }: DutyCheck): Promise<DutySeparationRule | null> {
    if (!isApproval(definition, decision.from, decision.action)) return null;
    const pass = await this.audit.currentPass({
      reportId: report.id,
      drafting: definition.initial,
      asOfSeq: report.lastEventSeq,
    });
    const conflict = dutyConflict(definition, decision, userId, pass);
    if (!conflict) return null;
    if (!(await this.isRelaxedFor(report.unitId))) throw ReportErrors.dutiesNotSeparated(conflict, report);
    return conflict.rule;
  }
}
