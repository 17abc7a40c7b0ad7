import { Injectable } from '@nestjs/common';
import { Clock, newId } from '@app/common';
import {
  chinaDateText,
  chinaDueText,
  compareLocalDates,
  localDateOf,
  parseLocalDate,
  type LocalDate,
} from '@app/calendar';
import {
  canSee,
  coordinatesAtOrAbove,
  EXTENSION_REQUESTER_ROLES,
  extensionRequesterRoles,
  rolesAt,
  UnitRepository,
  type Principal,
  type Unit,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import { OutboxRelay } from '@app/queue';
import { ReportRepository } from '@app/reports';
import { defaultRegistry } from '@app/workflow';
import { CampaignAccess } from './campaign-access';
import { CampaignEventRepository } from './campaign-event.repository';
import { CampaignInboxRepository } from './campaign-inbox.repository';
import { CampaignTargetRepository } from './campaign-target.repository';
import { CampaignTargets } from './campaign-targets';
import { CampaignErrors } from './campaign.errors';
import { CampaignRepository } from './campaign.repository';
import type { Campaign, ExtensionRequest } from './campaign.types';
import type { DecideExtensionDto, RequestExtensionDto } from './extensions.dto';
import { ExtensionRepository, PendingExtensionExistsError } from './extension.repository';
import { ReportDueDates } from './report-due-dates';
import { latest, regulationDueDateOnLine } from './regulation-dates';

/**
 * Extensions (延期): a target unit asks for a later due date with a reason; a coordinator of the
 * issuing unit grants (possibly another date) or refuses. A grant moves the unit's due date and,
 * through the deadlines-changed job, everything the worker scheduled on it.
 */
@Injectable()
export class ExtensionsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly campaigns: CampaignRepository,
    private readonly targets: CampaignTargetRepository,
    private readonly events: CampaignEventRepository,
    private readonly extensions: ExtensionRepository,
    private readonly access: CampaignAccess,
    private readonly units: UnitRepository,
    private readonly reports: ReportRepository,
    private readonly inbox: CampaignInboxRepository,
    private readonly reportDueDates: ReportDueDates,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
    private readonly receiving: CampaignTargets,
  ) {}

  async request(principal: Principal, campaignId: string, input: RequestExtensionDto) {
    const now = this.clock.now();
    const today = localDateOf(now);
    const unitId = input.unitId ?? principal.unitId;
    // A campaign the caller cannot read is 404 as such; one it reads, asked for a unit that is not
    // its target or not the caller's to see, says so: "Campaign not found" for a campaign the same
    // user had just asked on misled (an external QA engineer and a penetration test, stop 50).
    const { campaign } = await this.access.forNotice(principal, campaignId);
    const unit = await this.units.findById(unitId);
    const target = unit && canSee(principal, unit) ? await this.targets.find(campaignId, unitId) : null;
    if (!unit || !target) throw CampaignErrors.extensionTargetNotFound(input.unitId === undefined);
    // Own-unit roles only: a coordinator above sees the unit but does not ask on its behalf.
    if (extensionRequesterRoles(principal, unit).length === 0)
      throw CampaignErrors.requesterRole(unit.name, rolesAt(principal, unit));
    if (campaign.status !== 'active') throw CampaignErrors.withdrawn();
    const report = await this.reports.findById(target.reportId);
    if (report && isSubmitted(report)) throw CampaignErrors.alreadySubmitted();
    const requested = parseLocalDate(input.requestedDueDate);
    if (compareLocalDates(requested, target.dueDate) <= 0)
      throw CampaignErrors.notLater(requested, target.dueDate);
    if (compareLocalDates(requested, today) < 0)
      throw CampaignErrors.dueDateInPast('requestedDueDate', requested, today);
    assertExtensionWithinYear('requestedDueDate', requested, campaign.reportYear);
    if (campaign.parentId) {
      const issuer = await this.units.findById(campaign.issuingUnitId);
      const ceiling = issuer ? await this.ceilingOf(campaign, issuer) : null;
      if (ceiling && compareLocalDates(requested, ceiling) > 0)
        throw CampaignErrors.extensionAfterParent('requestedDueDate', requested, ceiling);
    }
    const pending =
      (await this.extensions.findPending(campaignId, unitId)) ??
      (await this.extensions.findPendingForReport(campaignId, target.reportId));
    if (pending) throw CampaignErrors.extensionPending(pending.id);
    let extension: ExtensionRequest = {
      id: newId(),
      campaignId,
      unitId,
      reportId: target.reportId,
      status: 'pending',
      dueDateBefore: target.dueDate,
      requestedDueDate: requested,
      reason: input.reason.trim(),
      requestedBy: principal.userId,
      requestedAt: now,
      grantedDueDate: null,
      decisionComment: null,
      decidedBy: null,
      decidedAt: null,
    };
    try {
      await this.transactions.run(async () => {
        // Holds off a withdrawal decided meanwhile, so no request waits on a withdrawn campaign.
        const locked = await this.campaigns.findById(campaignId, { lock: true });
        if (locked?.status !== 'active') throw CampaignErrors.withdrawn();
        // Checked again under the campaign's lock: the unique pending key is per unit, and the 政府
        // and 党委 of a joint report asking at the same moment both passed the check above, both were
        // granted and the date moved twice (penetration test, stop 52).
        const again = await this.extensions.findPendingForReport(campaignId, target.reportId, { lock: true });
        if (again) throw CampaignErrors.extensionPending(again.id);
        const current = await this.targets.find(campaignId, unitId, { lock: true });
        if (!current) throw CampaignErrors.extensionTargetNotFound(input.unitId === undefined);
        if (compareLocalDates(requested, current.dueDate) <= 0)
          throw CampaignErrors.notLater(requested, current.dueDate);
        extension = { ...extension, dueDateBefore: current.dueDate };
        await this.extensions.insert(extension);
        await this.events.record(
          [
            {
              campaignId,
              unitId,
              action: 'extension_requested',
              actorUserId: principal.userId,
              details: {
                extensionId: extension.id,
                from: extension.dueDateBefore,
                to: requested,
                reason: extension.reason,
              },
            },
          ],
          now,
        );
        const coordinators = await this.inbox.holders([campaign.issuingUnitId], ['coordinator']);
        await this.inbox.deliver(
          coordinators.map((c) => ({
            userId: c.userId,
            kind: 'extension_requested',
            reportId: target.reportId,
            // Decided on the campaign's 延期申请 tab, where the console opens it.
            campaignId: campaign.id,
            title: `延期申请：${unit.name}`,
            body: `${unit.name}申请将《${campaign.title}》的报送截止日期由${chinaDateText(extension.dueDateBefore)}延至${chinaDateText(requested)}。理由：${extension.reason}`,
            dedupKey: `extension_requested-${extension.id}-${c.userId}`,
          })),
          now,
        );
      });
    } catch (error) {
      // Two requests at once: the unique pending key lets one through.
      if (error instanceof PendingExtensionExistsError) {
        const winner = await this.extensions.findPending(campaignId, unitId);
        throw CampaignErrors.extensionPending(winner?.id ?? '');
      }
      throw error;
    }
    return {
      ...extension,
      unitName: unit.name,
      requestedByName: principal.displayName,
      decidedByName: null,
      regulationDueDate: regulationDueDateOnLine(campaign.reportLine, campaign.reportYear, unit),
      disclosureDate: campaign.disclosureDate,
      // A report already sent may not ask (alreadySubmitted above).
      sentAt: null,
      otherCampaignsDueDate: await this.extensions.otherCampaignsDueDate(extension.reportId, campaign.id),
    };
  }

  async decide(principal: Principal, campaignId: string, extensionId: string, input: DecideExtensionDto) {
    const now = this.clock.now();
    const today = localDateOf(now);
    const comment = input.comment?.trim() || null;
    // Who may decide comes first: a reader without the role hears 403, not what its input lacks.
    const { campaign, issuer } = await this.access.forIssuer(principal, campaignId);
    if (input.decision === 'refuse' && !comment) throw CampaignErrors.commentRequired();
    const found = await this.extensions.findById(extensionId);
    if (!found || found.campaignId !== campaign.id) throw CampaignErrors.extensionNotFound();
    const ceiling = campaign.parentId ? await this.ceilingOf(campaign, issuer) : null;
    const result = await this.transactions.run(async () => {
      const locked = await this.campaigns.findById(campaign.id, { lock: true });
      if (locked?.status !== 'active') throw CampaignErrors.withdrawn();
      const extension = (await this.extensions.findById(extensionId, { lock: true }))!;
      if (extension.status !== 'pending') throw CampaignErrors.extensionDecided(extension.status);
      const target = (await this.targets.find(campaign.id, extension.unitId, { lock: true }))!;
      let granted: LocalDate | null = null;
      if (input.decision === 'grant') {
        granted = input.dueDate ? parseLocalDate(input.dueDate) : extension.requestedDueDate;
        if (compareLocalDates(granted, target.dueDate) <= 0)
          throw CampaignErrors.notLater(granted, target.dueDate);
        if (compareLocalDates(granted, today) < 0)
          throw CampaignErrors.dueDateInPast('dueDate', granted, today);
        assertExtensionWithinYear('dueDate', granted, campaign.reportYear);
        if (ceiling && compareLocalDates(granted, ceiling) > 0)
          throw CampaignErrors.grantAfterParent(granted, ceiling);
        await this.targets.setDueDateOfReport({
          campaignId: campaign.id,
          reportId: target.reportId,
          dueDate: granted,
        });
        // The report's due date is the earliest its campaigns set (report-due-dates.ts): this one's
        // new date, unless another campaign asks earlier. The history records any move.
        await this.reportDueDates.realign({
          reportIds: [target.reportId],
          // The issuing office grants (its staff may sit in another unit: the 司法局 housing it).
          actor: { userId: principal.userId, unitId: campaign.issuingUnitId, role: 'coordinator' },
          reason: { kind: 'extension_granted', extensionId: extension.id, comment },
          now,
        });
      }
      await this.extensions.decide({
        extensionId: extension.id,
        status: granted ? 'granted' : 'refused',
        grantedDueDate: granted,
        comment,
        by: principal.userId,
        at: now,
      });
      await this.events.record(
        [
          {
            campaignId: campaign.id,
            unitId: extension.unitId,
            action: granted ? 'extension_granted' : 'extension_refused',
            actorUserId: principal.userId,
            details: {
              extensionId: extension.id,
              from: target.dueDate,
              to: granted,
              asked: extension.requestedDueDate,
              comment,
            },
          },
        ],
        now,
      );
      // The report is due by the earliest date its campaigns set: one asking earlier still binds it,
      // and the unit is told so rather than a date it is not due by (scenario test, stop 48).
      const dueNow = granted ? (await this.reports.findById(target.reportId))?.dueAt : null;
      const stillDue =
        granted && dueNow && compareLocalDates(localDateOf(dueNow), granted) < 0
          ? `其他报送任务要求更早报送，本报告仍须于${chinaDueText(dueNow)}前报送。`
          : '';
      const drafters = await this.inbox.holders([extension.unitId], [...EXTENSION_REQUESTER_ROLES]);
      const recipients = new Set([extension.requestedBy, ...drafters.map((d) => d.userId)]);
      await this.inbox.deliver(
        [...recipients].map((userId) => ({
          userId,
          kind: 'extension_decided',
          reportId: target.reportId,
          title: granted ? `延期申请已同意：${campaign.title}` : `延期申请未同意：${campaign.title}`,
          body: granted
            ? `本任务的报送截止日期由${chinaDateText(target.dueDate)}延至${chinaDateText(granted)}。${stillDue}${comment ?? ''}`
            : `报送截止日期仍为${chinaDateText(target.dueDate)}。理由：${comment}`,
          dedupKey: `extension_decided-${extension.id}-${userId}`,
        })),
        now,
      );
      return {
        ...extension,
        status: granted ? ('granted' as const) : ('refused' as const),
        grantedDueDate: granted,
        decisionComment: comment,
        decidedBy: principal.userId,
        decidedAt: now,
      };
    });
    this.relay.kick();
    return result;
  }

  /**
   * Coordinators at or above the issuing unit, and the offices whose campaign this one forwards (they
   * read its board and its record, which names the requests: external QA, stop 57 F6), see every
   * request; a target unit sees its own.
   */
  async list(principal: Principal, campaignId: string) {
    const { campaign, issuer } = await this.access.forNotice(principal, campaignId);
    if (coordinatesAtOrAbove(principal, issuer) || (await this.access.askedFromAbove(principal, campaign)))
      return this.extensions.list(campaign.id);
    return this.extensions.list(campaign.id, principal.unitId);
  }

  private async ceilingOf(campaign: Campaign, issuer: Unit): Promise<LocalDate | null> {
    const received = await this.receiving.receivedThrough(campaign.parentId!, issuer);
    return latest(received.map((t) => t.dueDate));
  }
}

function isSubmitted(report: {
  workflowId: string;
  workflowVersion: number;
  state: string;
  submittedAt: Date | null;
}) {
  const kind = defaultRegistry
    .get(report.workflowId, report.workflowVersion)
    .states.find((s) => s.id === report.state)?.kind;
  return (kind === 'external' || kind === 'final') && report.submittedAt !== null;
}

/**
 * The latest date an extension gives: the end of the year after the report year, when the next
 * year's report is itself due. Past the regulation date (1 March) is allowed, since that is what an
 * extension is for; 9999-12-31 is not (a penetration test granted it, stop 40, and every read of
 * the report counted working days for seconds).
 */
export function latestExtensionDate(reportYear: number): LocalDate {
  return parseLocalDate(`${reportYear + 1}-12-31`);
}

function assertExtensionWithinYear(field: string, date: LocalDate, reportYear: number): void {
  const latest = latestExtensionDate(reportYear);
  if (compareLocalDates(date, latest) > 0) throw CampaignErrors.tooLate(field, date, latest, reportYear);
}
