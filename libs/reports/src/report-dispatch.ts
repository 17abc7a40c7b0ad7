import { Injectable } from '@nestjs/common';
import type { Unit } from '@app/directory';
import { CopyRecipients } from './copy-recipients';
import { ReceiptRepository } from './receipt.repository';
import { acceptedThisDispatch } from './receipt.types';
import { ReportErrors } from './report.errors';
import { ReportCopyRepository } from './report-copies.repository';

export interface DispatchWrite {
  reportId: string;
  /** The report's unit: a report no campaign asked for keeps the regulation's copy rule. */
  unit: Unit;
  /** The revision that leaves the unit. */
  revision: number;
  now: Date;
}

/**
 * What happens when a report leaves its unit (enters the external state `submitted`), inside the
 * transition's transaction, after the report's UPDATE. A report that answers campaigns is
 * dispatched to each active one: the campaign's receipt (回执) is created or updated (see
 * ReceiptRepository.recordDispatch) and the issuer, its main recipients (主送) and copy recipients
 * (抄送) get the revision as a copy they can read. A report no campaign asked for is copied to its
 * level's rule-of-law office, as before.
 */
@Injectable()
export class ReportDispatch {
  constructor(
    private readonly receipts: ReceiptRepository,
    private readonly copies: ReportCopyRepository,
    private readonly copyRecipients: CopyRecipients,
  ) {}

  async record(change: DispatchWrite): Promise<void> {
    const { reportId, now } = change;
    const campaigns = await this.receipts.answeredCampaigns(reportId);
    if (campaigns.length === 0) {
      await this.copies.recordDispatch({
        reportId,
        unitIds: await this.copyRecipients.unitsFor(change.unit),
        now,
      });
      return;
    }
    await this.receipts.recordDispatch({
      reportId,
      campaignIds: campaigns.map((c) => c.campaignId),
      revision: change.revision,
      now,
    });
    const readers = campaigns.flatMap((c) => [c.issuingUnitId, ...c.readerUnitIds]);
    await this.copies.recordDispatch({
      reportId,
      unitIds: [...new Set(readers)].filter((id) => id !== change.unit.id),
      now,
    });
  }

  /**
   * 撤回 holds until the next person acts: an office that accepted this very dispatch has. Withdrawing
   * it then would take back what they accepted (scenario test, stop 46: the drafter withdrew after
   * the 依法治县办 had accepted, which kept 已接收 on a report its unit had taken back). Read before the transaction: an acceptance racing the withdrawal moves the report's version, so
   * one of the two answers 409.
   */
  async assertWithdrawable(report: { id: string; state: string; version: number }): Promise<void> {
    const acceptedBy = acceptedThisDispatch(await this.receipts.listForReport(report.id));
    if (acceptedBy.length > 0) throw ReportErrors.withdrawAfterAcceptance(acceptedBy, report);
  }

  /**
   * The unit took its dispatch back (撤回报送): the receipts still awaiting a decision are marked, so
   * no office accepts or returns what the unit withdrew, however far back it went (and whether or not
   * it saved a new revision since). Copies already read stay readable: they were sent.
   */
  async withdraw(change: { reportId: string; now: Date }): Promise<void> {
    await this.receipts.markDispatchWithdrawn(change);
  }
}
