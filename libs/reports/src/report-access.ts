import { Injectable } from '@nestjs/common';
import {
  AccessErrors,
  authorize,
  canSee,
  readsAsReportingUnit,
  coordinatesExactly,
  unitsListingCopies,
  PERMISSIONS,
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
  /**
   * True when the caller reads only as a copy recipient (抄送) and acts on nothing; false for a
   * deciding issuer, who reads as a copy (see `copy`) but decides its receipt.
   */
  copyOnly: boolean;
  /**
   * What a reader outside the report's reach was sent: the dispatches to its unit (copyOnly), or to
   * the campaign issuer whose open receipt it decides. Null only for readers in reach of the report
   * (asReportingUnit). Every read path narrows itself with it.
   */
  copy: CopyGrant | null;
}

/**
 * Object-level checks on every report read and write. A report is readable in full by its own unit
 * and by the coordinators/admins above it. Everyone else reads only the revisions dispatched to
 * them, and the history and attachments of those (every read path narrows itself with `copy`): the
 * coordinators of a campaign issuer whose receipt (回执) of it is open (they also decide it), and
 * the units it was dispatched to (the issuers once they decided, 主送 and 抄送 recipients), there
 * only by a role allowed to read copies ('report.read-copy', else 403), held by a member of the
 * unit or held in it by someone of another unit (unitsListingCopies). Anything else is 404, so ids
 * reveal nothing.
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
    // An issuer deciding its open receipt from outside the report's reach (a campaign from another
    // line, such as the 州交通运输局 asking a county bureau) reads what was dispatched to its
    // campaign, never the unit's redraft or internal review; it keeps its decision (copyOnly false).
    const decided = (report.openReceiptIssuerIds ?? []).filter((id) => coordinatesExactly(principal, id));
    const issuerCopy = mergedGrant(
      await Promise.all(decided.map((issuerId) => this.copies.grantOf(report.id, issuerId))),
    );
    if (issuerCopy) return { ...found, asReportingUnit: false, copyOnly: false, copy: issuerCopy };
    // The units whose copies the caller reads by its roles: its own, and an office where it holds
    // one though it belongs to another unit (the 依法治县办's 经办人, 司法局 staff).
    const byRole = mergedGrant(
      await Promise.all(unitsListingCopies(principal).map((unit) => this.copies.grantOf(report.id, unit.id))),
    );
    if (byRole) return { ...found, asReportingUnit: false, copyOnly: true, copy: byRole };
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
    if (copyOnly || (asReportingUnit && !canSee(principal, unit))) {
      // The roles the permission asks in the report's own unit: reading it grants none of them.
      const needed = PERMISSIONS[permission];
      throw AccessErrors.missingRole(permission, needed === 'any' ? [] : needed, [], unit.name);
    }
    authorize(principal, permission, unit, 'Report');
    return { report, unit };
  }
}

/**
 * One grant for a caller deciding the receipts of several issuers at once (coordinator in each):
 * every revision dispatched to any of them, oldest first. Null when none was dispatched to.
 */
function mergedGrant(grants: (CopyGrant | null)[]): CopyGrant | null {
  const held = grants.filter((g): g is CopyGrant => g !== null);
  if (held.length <= 1) return held[0] ?? null;
  const dispatches = held.flatMap((g) => g.dispatches).sort((a, b) => a.eventSeq - b.eventSeq);
  return { ...held[0], dispatches, latest: dispatches[dispatches.length - 1] };
}
