import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { AccessErrors, rolesAt, type Principal } from '@app/directory';
import { Transactions } from '@app/persistence';
import { defaultRegistry } from '@app/workflow';
import { AuditRepository } from './audit.repository';
import { ReportAccess } from './report-access';
import { ReportErrors } from './report.errors';
import { nextEvent } from './report-events';
import { ReportRepository } from './report.repository';

/**
 * The department reviewer lets a report leave drafting although the completeness check fails
 * (e.g. a late report for an earlier year), with a reason, recorded in the audit chain. The
 * override holds for the current revision only: any later save needs the check again.
 */
@Injectable()
export class CheckOverrideService {
  constructor(
    private readonly transactions: Transactions,
    private readonly access: ReportAccess,
    private readonly reports: ReportRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async override(principal: Principal, reportId: string, reason: string): Promise<{ revision: number }> {
    const { report, unit, copyOnly } = await this.access.readable(principal, reportId);
    const held = copyOnly ? [] : rolesAt(principal, unit);
    if (!held.includes('dept_reviewer')) {
      throw AccessErrors.missingRole('overriding the completeness check', ['dept_reviewer'], held, unit.name);
    }
    const drafting = defaultRegistry.get(report.workflowId, report.workflowVersion).initial;
    if (report.state !== drafting) throw ReportErrors.notEditable(report.state);
    if (report.currentRevision === 0) {
      throw ReportErrors.noRevisionYet();
    }
    const now = this.clock.now();
    const event = nextEvent(report, {
      revision: report.currentRevision,
      action: 'override-check',
      fromState: report.state,
      toState: report.state,
      actorUserId: principal.userId,
      actorRole: 'dept_reviewer',
      actorUnitId: principal.unitId,
      comment: reason.trim(),
      fields: {},
      effects: [],
      createdAt: now,
    });
    await this.transactions.run(async () => {
      const applied = await this.reports.applyCheckOverride(
        {
          id: report.id,
          expectedVersion: report.version,
          lastEventSeq: event.seq,
          lastHash: event.hash,
          now,
        },
        { reason: reason.trim(), drafting },
      );
      if (!applied) throw ReportErrors.staleVersion(report);
      await this.audit.append(event);
    });
    return { revision: report.currentRevision };
  }
}
