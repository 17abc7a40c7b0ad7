import { Injectable } from '@nestjs/common';
import { AccessErrors, authorize, canSee, type Permission, type Principal, type Unit } from '@app/directory';
import { ReportErrors } from './report.errors';
import { ReportRepository } from './report.repository';
import type { Report } from './report.types';

/**
 * Object-level checks on every report read and write. A report is readable by its own unit, by the
 * coordinators/admins above it, and (once submitted) by the rule-of-law offices it was copied to.
 * Anything else is 404, so ids reveal nothing.
 */
@Injectable()
export class ReportAccess {
  constructor(private readonly reports: ReportRepository) {}

  async readable(
    principal: Principal,
    reportId: string,
  ): Promise<{ report: Report; unit: Unit; parent: Unit | null; copyOnly: boolean }> {
    const found = await this.reports.findWithUnit(reportId);
    if (!found) throw ReportErrors.notFound();
    const { report, unit } = found;
    if (canSee(principal, unit)) return { ...found, copyOnly: false };
    if (await this.reports.isCopiedTo(report.id, principal.unitId)) return { ...found, copyOnly: true };
    throw ReportErrors.notFound();
  }

  async writable(
    principal: Principal,
    reportId: string,
    permission: Permission,
  ): Promise<{ report: Report; unit: Unit }> {
    const { report, unit, copyOnly } = await this.readable(principal, reportId);
    if (copyOnly) throw AccessErrors.missingRole(permission, ['drafter'], [], unit.name);
    authorize(principal, permission, unit, 'Report');
    return { report, unit };
  }
}
