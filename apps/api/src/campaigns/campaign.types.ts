import type { LocalDate } from '@app/calendar';
import type { StatutoryItem } from '@app/content';
import type { ReminderPolicy, ReportLine, StageLimits } from '@app/reports';
import type { StatedChainRules } from '@app/workflow';

export type CampaignStatus = 'active' | 'withdrawn';

/** How the targets were chosen (kept on the campaign for the record). */
export interface TargetSelection {
  kinds?: string[];
  levels?: string[];
  nameContains?: string;
  unitIds?: string[];
}

export interface NoticeFile {
  name: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

/** 报送任务: a campaign as stored. */
export interface Campaign {
  id: string;
  parentId: string | null;
  path: string;
  issuingUnitId: string;
  reportYear: number;
  /** The line asked for: the ordinary annual report, or a demonstration area's additional one. */
  reportLine: ReportLine;
  title: string;
  documentNumber: string | null;
  issuedOn: LocalDate;
  body: string;
  workflow: { id: string; version: number };
  dueDate: LocalDate | null;
  stageLimits: StageLimits | null;
  reminderPolicy: ReminderPolicy;
  disclosureDate: LocalDate;
  /** The order the five items are printed in (item 7); absent or null: the statutory 1-5. */
  itemOrder?: readonly StatutoryItem[] | null;
  /** 报送时须上传盖章扫描件: dispatch needs a stamped scan of the version sent (absent: off). */
  requiresStampedScan?: boolean;
  /**
   * What the targets' own chains must keep (内部审核流程要求); absent or null on campaigns issued
   * before rules were stored: the safeguards of `workflow` (chainRulesOfCampaign).
   */
  chainRules?: StatedChainRules | null;
  selection: TargetSelection;
  status: CampaignStatus;
  noticeFile: NoticeFile | null;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
  withdrawReason: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface CampaignTarget {
  campaignId: string;
  unitId: string;
  reportId: string;
  originalDueDate: LocalDate;
  dueDate: LocalDate;
}

export type ExtensionStatus = 'pending' | 'granted' | 'refused' | 'cancelled';

/** 延期申请 */
export interface ExtensionRequest {
  id: string;
  campaignId: string;
  unitId: string;
  reportId: string;
  status: ExtensionStatus;
  dueDateBefore: LocalDate;
  requestedDueDate: LocalDate;
  reason: string;
  requestedBy: string;
  requestedAt: Date;
  grantedDueDate: LocalDate | null;
  decisionComment: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
}

/** The record of changes to a campaign (who did what, when). */
export type CampaignAction =
  | 'issued'
  | 'targets_added'
  | 'withdrawn'
  | 'notice_file_attached'
  | 'extension_requested'
  | 'extension_granted'
  | 'extension_refused'
  | 'extension_cancelled'
  | 'scoring_rule_set'
  | 'notice_drafted'
  | 'notice_edited'
  /** The 通报's body and units named regenerated from the day's facts (按最新情况更新). */
  | 'notice_refreshed'
  | 'notice_issued'
  | 'item_order_set'
  /** 报送外部机关: the issuing office sent a target's accepted report on to a body outside the system. */
  | 'external_forwarded'
  /** 催办 by hand: the issuing office pressed a target that has not reported (urge/). */
  | 'target_urged';
