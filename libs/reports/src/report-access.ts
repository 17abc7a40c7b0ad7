import { Injectable } from '@nestjs/common';
import {
  AccessErrors,
  authorize,
  canSee,
  readsAsReportingUnit,
  unitsWhereCoordinatorsAct,
  coordinatesExactly,
  type Permission,
  type Principal,
  type Unit,
} from '@app/directory';
import { ReportCopyRepository, type CopyGrant } from './report-copies.repository';
import { ReportErrors } from './report.errors';
import { ReportRepository, type CoReportingUnit } from './report.repository';
import type { Report } from './report.types';

export interface ReadableReport {
  report: Report;
  unit: Unit;
  parent: Unit | null;
  /** A joint report's party committee (联合报告); null for a unit reporting alone. */
  coReportingUnit: CoReportingUnit | null;
  /**
   * True when the caller reads as one of the reporting units (the report's own unit, or the 党委 of
   * a joint report) or from above them; false for a deciding issuer or a copy recipient.
   */
  asReportingUnit: boolean;
  /** True when the caller reads only as a copy recipient (抄送): see `copy` for what it may read. */
  copyOnly: boolean;
  /** The dispatches to the caller's unit when copyOnly; null for readers in reach of the report. */
  copy: CopyGrant | null;
}

/**
 * Object-level checks on every report read and write. A report is readable by its own unit, by the
 * coordinators/admins above it, by the coordinators of a campaign issuer whose receipt (回执) of it
 * is open (they decide it: the report then stands at the revision dispatched to them), and by the
 * units it was dispatched to (the issuers once they decided, 主送 and 抄送 recipients), but
 * there only by a role allowed to read copies ('report.read-copy', else 403) and only the
 * revisions dispatched to them: every read path narrows itself with `copy`. Anything else is 404,
 * so ids reveal nothing.
 */
@Injectable()
export class ReportAccess {
  constructor(
    private readonly reports: ReportRepository,
    private readonly copies: ReportCopyRepository,
  ) {}

  async readable(principal: Principal, reportId: string): Promise<ReadableReport> {
    const found = await this.reports.findWithUnit(reportId);
    if (!found) throw ReportErrors.notFound();
    const { report } = found;
    if (readsAsReportingUnit(principal, found))
      return { ...found, asReportingUnit: true, copyOnly: false, copy: null };
    const decides = unitsWhereCoordinatorsAct(report).some((id) => coordinatesExactly(principal, id));
    if (report.openReceiptIssuerIds != null && decides)
      return { ...found, asReportingUnit: false, copyOnly: false, copy: null };
    const copy = await this.copies.grantOf(report.id, principal.unitId);
    if (!copy) throw ReportErrors.notFound();
    // The copy is visible to the whole office, so a member without the role learns which one it needs.
    authorize(
      principal,
      'report.read-copy',
      { id: principal.unitId, path: principal.unitPath, name: copy.unitName },
      'Report',
    );
    return { ...found, asReportingUnit: false, copyOnly: true, copy };
  }

  async writable(
    principal: Principal,
    reportId: string,
    permission: Permission,
  ): Promise<{ report: Report; unit: Unit }> {
    const { report, unit, copyOnly, asReportingUnit } = await this.readable(principal, reportId);
    // A copy recipient, or the 党委 of a joint report, reads it; only the report's own unit writes.
    if (copyOnly || (asReportingUnit && !canSee(principal, unit)))
      throw AccessErrors.missingRole(permission, ['drafter'], [], unit.name);
    authorize(principal, permission, unit, 'Report');
    return { report, unit };
  }
}
