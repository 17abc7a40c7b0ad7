import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@app/common';
import { AccessErrors, rolesAt, type Principal } from '@app/directory';
import { defaultRegistry } from '@app/workflow';
import { AuditRepository } from './audit.repository';
import { ReportAccess } from './report-access';
import { ReportErrors } from './report.errors';
import { nextEvent } from './report-events';

/**
 * The department reviewer lets a report leave drafting although the completeness check fails
 * (e.g. a late report for an earlier year), with a reason, recorded in the audit chain. The
 * override holds for the current revision only: any later save needs the check again.
 */
@Injectable()
export class CheckOverrideService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ReportAccess,
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
    await this.dataSource.transaction(async (manager) => {
      const result: { affectedRows: number } = await manager.query(
        `UPDATE reports SET check_override_revision = current_revision, check_override_reason = ?, version = version + 1,
                last_event_seq = ?, last_hash = ?, updated_at = ?
          WHERE id = ? AND version = ? AND state = ?`,
        [reason.trim(), event.seq, event.hash, now, report.id, report.version, drafting],
      );
      if (result.affectedRows !== 1) throw ReportErrors.staleVersion(report);
      await this.audit.append(manager, event);
    });
    return { revision: report.currentRevision };
  }
}
