import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import type { Principal } from '@app/directory';
import { Transactions } from '@app/persistence';
import { OutboxRelay, OutboxWriter } from '@app/queue';
import { AuditRepository } from './audit.repository';
import { ReceiptErrors } from './receipt.errors';
import { ReceiptRepository } from './receipt.repository';
import type { ReceiptDecisionResult } from './receipt-decisions.service';
import { ReportAccess } from './report-access';
import { ReportCopyRepository } from './report-copies.repository';
import { nextEvent } from './report-events';
import { ReportErrors } from './report.errors';
import { laterDispatchPossible } from './later-dispatch-rule';
import { ReportRepository } from './report.repository';
import { StampedScanGate } from './stamped-scan-gate';

export interface LaterCampaignDispatchCommand {
  principal: Principal;
  reportId: string;
  campaignId: string;
  /** The report's version as the drafter saw it. */
  expectedVersion: number;
}

/**
 * A campaign that asked for the report after it was dispatched: the unit's drafter sends it the
 * version already signed off and dispatched, with one action and no new review. One transaction:
 * a hash-chained `dispatched_to_campaign` event naming the campaign, the campaign's receipt
 * (received), the copies for its issuer and recipients, and the job that tells them (收到报告), as a
 * first dispatch does (scenario test, stop 46: the office that asked later heard nothing).
 */
@Injectable()
export class LaterCampaignDispatch {
  constructor(
    private readonly transactions: Transactions,
    private readonly access: ReportAccess,
    private readonly reports: ReportRepository,
    private readonly receipts: ReceiptRepository,
    private readonly copies: ReportCopyRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    private readonly stampedScans: StampedScanGate,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
  ) {}

  async dispatch(cmd: LaterCampaignDispatchCommand): Promise<ReceiptDecisionResult> {
    const { principal } = cmd;
    await this.access.writable(principal, cmd.reportId, 'report.edit');
    const now = this.clock.now();
    const result = await this.transactions.run(async () => {
      const report = await this.reports.findById(cmd.reportId);
      if (!report) throw ReportErrors.notFound();
      // What does not exist answers first (404), then what cannot be done (409), then a stale version.
      const campaign = (await this.receipts.answeredCampaigns(report.id)).find(
        (c) => c.campaignId === cmd.campaignId,
      );
      if (!campaign) throw ReceiptErrors.notFound();
      if (await this.receipts.find(report.id, campaign.campaignId)) throw ReceiptErrors.exists();
      if (!laterDispatchPossible(report)) throw ReceiptErrors.dispatchNotPossible(report.state);
      if (report.version !== cmd.expectedVersion) throw ReportErrors.staleVersion(report);
      // The campaign that asked later may require the stamped scan of the version it is sent.
      await this.stampedScans.assertReady(report.id, report.currentRevision, [campaign.campaignId]);

      const event = nextEvent(report, {
        revision: report.currentRevision,
        action: 'dispatched_to_campaign',
        fromState: report.state,
        toState: report.state,
        actorUserId: principal.userId,
        actorRole: 'drafter',
        actorUnitId: principal.unitId,
        comment: null,
        fields: { campaignId: campaign.campaignId, recipientUnitId: campaign.issuingUnitId },
        effects: [],
        createdAt: now,
      });
      const moved = await this.reports.applyHistoryEvent({
        id: report.id,
        expectedVersion: report.version,
        lastEventSeq: event.seq,
        lastHash: event.hash,
        now,
      });
      if (!moved) throw ReportErrors.staleVersion(report);
      const eventId = await this.audit.append(event);
      await this.receipts.recordDispatch({
        reportId: report.id,
        campaignIds: [campaign.campaignId],
        revision: report.currentRevision,
        now,
      });
      await this.copies.recordDispatch({
        reportId: report.id,
        unitIds: [...new Set([campaign.issuingUnitId, ...campaign.readerUnitIds])],
        now,
      });
      await this.outbox.add('transition-notify', { auditEventId: eventId }, now);
      const receipt = await this.receipts.find(report.id, campaign.campaignId);
      if (!receipt) throw ReceiptErrors.notFound();
      return { receipt, report: { id: report.id, state: report.state, version: report.version + 1 } };
    });
    this.relay.kick();
    return result;
  }
}
