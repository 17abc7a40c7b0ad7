import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { AuditRepository } from './audit.repository';
import { CalendarScheduleRepository } from './calendar-schedule.repository';
import { CheckOverrideService } from './check-override.service';
import { CompletenessGate } from './completeness-gate';
import { CopyRecipients } from './copy-recipients';
import { DispatchAddressees } from './dispatch-addressees';
import { DeadlineRepository } from './deadline.repository';
import { DeliberationRecordRepository } from './deliberation-record.repository';
import { DisclosureRepository } from './disclosure/disclosure.repository';
import { DisclosureService } from './disclosure/disclosure.service';
import { DisclosureMarkingService } from './disclosure/disclosure-marking.service';
import { DraftingService } from './drafting.service';
import { FindingRepository } from './findings/finding.repository';
import { FindingService } from './findings/finding.service';
import { DueDateChanges } from './due-date-changes';
import { DutySeparationPolicy } from './duty-separation-policy';
import { IdempotencyRepository } from './idempotency.repository';
import { LaterCampaignDispatch } from './later-campaign-dispatch.service';
import { ReceiptDecisions } from './receipt-decisions.service';
import { ReceiptRepository } from './receipt.repository';
import { ReportAccess } from './report-access';
import { ReportDispatch } from './report-dispatch';
import { ReportCopyRepository } from './report-copies.repository';
import { ReportRepository } from './report.repository';
import { RevisionRepository } from './revision.repository';
import { StageClock } from './stage-clock';
import { StampedScanGate } from './stamped-scan-gate';
import { StampedScanRequirementRepository } from './stamped-scan-requirement.repository';
import { TransitionService } from './transition.service';
import { TransitionWriter } from './transition-writer';
import { UnitDutySeparationRepository } from './unit-duty-separation.repository';

/** What the apps use: the transition and drafting services, the report reads and the deadline data. */
const exported = [
  AuditRepository,
  CalendarScheduleRepository,
  CheckOverrideService,
  CompletenessGate,
  DeadlineRepository,
  DeliberationRecordRepository,
  DisclosureRepository,
  DisclosureService,
  DisclosureMarkingService,
  DispatchAddressees,
  DraftingService,
  DueDateChanges,
  FindingRepository,
  FindingService,
  IdempotencyRepository,
  LaterCampaignDispatch,
  ReceiptDecisions,
  ReceiptRepository,
  ReportAccess,
  ReportCopyRepository,
  ReportRepository,
  RevisionRepository,
  StageClock,
  StampedScanGate,
  TransitionService,
];

const providers = [
  AuditRepository,
  CalendarScheduleRepository,
  CheckOverrideService,
  CompletenessGate,
  CopyRecipients,
  DeadlineRepository,
  DeliberationRecordRepository,
  DisclosureRepository,
  DisclosureService,
  DisclosureMarkingService,
  DispatchAddressees,
  DraftingService,
  DueDateChanges,
  DutySeparationPolicy,
  FindingRepository,
  FindingService,
  IdempotencyRepository,
  LaterCampaignDispatch,
  ReceiptDecisions,
  ReceiptRepository,
  ReportAccess,
  ReportCopyRepository,
  ReportDispatch,
  ReportRepository,
  RevisionRepository,
  StageClock,
  StampedScanGate,
  StampedScanRequirementRepository,
  TransitionService,
  TransitionWriter,
  UnitDutySeparationRepository,
];

/**
 * Reports, revisions, the audit chain and the one transition service, for the API and the worker.
 * Imported by each module that uses it; the copy recipients, the duty-separation policy and the
 * idempotency store are its own business and stay inside.
 */
@Module({ imports: [DirectoryModule], providers, exports: exported })
export class ReportsCoreModule {}
