import { Injectable } from '@nestjs/common';
import { readsAsDispatched, UnitRepository, type Principal } from '@app/directory';
import { ReceiptRepository, ReportAccess, type CopyGrant, type ReadableReport } from '@app/reports';

/** A readable report, and whether its reader sees it as last dispatched to it (readsAsDispatched). */
export type ReportReading = ReadableReport & { asDispatched: CopyGrant | null };

/**
 * Every read view of a report (the report, its history, the disclosure track) starts here: the
 * object check of ReportAccess, then the policy's answer to "live, or as dispatched?". The receipts'
 * issuers (of active campaigns) are looked up only for a reader through a dispatch, so the report's
 * own unit pays nothing.
 */
@Injectable()
export class ReportReadings {
  constructor(
    private readonly access: ReportAccess,
    private readonly receipts: ReceiptRepository,
    private readonly units: UnitRepository,
  ) {}

  async of(principal: Principal, reportId: string): Promise<ReportReading> {
    const readable = await this.access.readable(principal, reportId);
    if (!readable.copyOnly || !readable.copy) return { ...readable, asDispatched: null };
    // Only a campaign still active makes its issuer a reader of the live report: a withdrawn one's
    // receipt is closed, its office decides nothing there any more and reads what was sent to it
    // (penetration test, stop 48: it read the later version, state and the other offices' comments).
    const receipts = (await this.receipts.listForReport(reportId)).filter((r) => r.campaignActive);
    const issuerIds = [...new Set(receipts.map((r) => r.issuingUnitId))];
    const receiptIssuers = issuerIds.length > 0 ? await this.units.findByIds(issuerIds) : [];
    const asDispatched = readsAsDispatched(principal, { copyOnly: true, receiptIssuers });
    return { ...readable, asDispatched: asDispatched ? readable.copy : null };
  }
}
