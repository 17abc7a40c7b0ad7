import { Injectable } from '@nestjs/common';
import { Clock, newId, normalizeDocumentNumberYear, retryOnDeadlock } from '@app/common';
import { chinaDateText, compareLocalDates, localDateOf, type LocalDate } from '@app/calendar';
import { issuerLabel, type Principal, type Unit } from '@app/directory';
import { Transactions } from '@app/persistence';
import { OutboxRelay } from '@app/queue';
import { answeredOnce, IdempotencyRepository, requestHash, type ReportLine } from '@app/reports';
import { CampaignAccess } from './campaign-access';
import { CampaignEventRepository } from './campaign-event.repository';
import { CampaignInboxRepository } from './campaign-inbox.repository';
import { CampaignQueries } from './campaign-queries';
import { CampaignRecipientPlanning } from './campaign-recipient-planning';
import { CampaignRecipientRepository } from './campaign-recipient.repository';
import { chainRulesOfCampaign, issuedChainRules } from './campaign-chain-rules';
import { mergeReminderPolicy, resolveWorkflow, validateStageLimits } from './campaign-settings';
import { CampaignTargetRepository } from './campaign-target.repository';
import { asLocalDate, CampaignTargets, type PersistedTargets } from './campaign-targets';
import { adoptedChainShortfalls, type AdoptedChainShortfall } from './adopted-chain-shortfall';
import { CampaignErrors } from './campaign.errors';
import { noticeDate } from './notice-date';
import { CampaignRepository } from './campaign.repository';
import type { Campaign } from './campaign.types';
import type { AddTargetsDto, IssueCampaignDto } from './campaigns.dto';
import { ExtensionRepository } from './extension.repository';
import { IssuingUnits } from './issuing-units';
import { ReportDueDates } from './report-due-dates';
import { refuseOffTheLine, reportLineAsked } from './report-line-rules';
import { defaultDisclosureDate, latest } from './regulation-dates';
import { planJointReports } from './joint-targets';
import { planTargets, type TargetNotice } from './target-plan';
import { assertNotPastDue, withdrawalMessages } from './withdrawal-plan';
import { campaignItemOrder } from './item-order/campaign-item-order';

/**
 * Issuing (下发), cascading (逐级下发), adding units to and withdrawing reporting campaigns (报送任务).
 * Reading them is CampaignQueries; their 主送/抄送, CampaignRecipientPlanning.
 */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly campaigns: CampaignRepository,
    private readonly targetRows: CampaignTargetRepository,
    private readonly eventLog: CampaignEventRepository,
    private readonly targets: CampaignTargets,
    private readonly access: CampaignAccess,
    private readonly extensions: ExtensionRepository,
    private readonly inbox: CampaignInboxRepository,
    private readonly reportDueDates: ReportDueDates,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
    private readonly recipientRows: CampaignRecipientRepository,
    private readonly recipientPlanning: CampaignRecipientPlanning,
    private readonly issuingUnits: IssuingUnits,
    private readonly queries: CampaignQueries,
    private readonly idempotency: IdempotencyRepository,
  ) {}

  /**
   * Issuing, once per Idempotency-Key: a retry of a request whose answer was lost (a timeout, a
   * double click) answers with the campaign the first one issued, not a 409 CAMPAIGN_DUPLICATE nor a
   * second campaign. The receipt (the campaign's id and what the issuer was warned of) is stored in
   * the issuing transaction; the answer is the campaign as it reads now.
   */
  async issue(principal: Principal, input: IssueCampaignDto, idempotencyKey?: string) {
    const repeat = {
      answers: this.idempotency,
      userId: principal.userId,
      key: idempotencyKey,
      fingerprint: requestHash(['campaign.issue', input]),
    };
    const receipt = await answeredOnce(repeat, () => this.issueOnce(principal, input, repeat));
    return this.answerThenRelay(async () => ({
      ...(await this.queries.get(principal, receipt.campaignId)),
      chainShortfalls: receipt.chainShortfalls,
    }));
  }

  /** One transaction: the campaign, every target's report, the notifications and the jobs, or nothing. */
  private async issueOnce(
    principal: Principal,
    input: IssueCampaignDto,
    repeat: { key: string | undefined; fingerprint: string },
  ): Promise<IssueReceipt> {
    const now = this.clock.now();
    const today = localDateOf(now);
    const issuer = await this.issuingUnits.of(principal, input.issuingUnitId);
    const parent = input.parentId ? await this.receivedParent(input.parentId, issuer) : null;
    if (parent && input.reportYear !== undefined && input.reportYear !== parent.campaign.reportYear) {
      throw CampaignErrors.parentYearMismatch(parent.campaign.reportYear);
    }
    const reportYear = parent?.campaign.reportYear ?? input.reportYear;
    if (reportYear === undefined)
      throw CampaignErrors.invalidField('reportYear', 'is required (the year reported on)');
    const reportLine = reportLineAsked(input.reportLine, parent?.campaign ?? null);
    const definition = resolveWorkflow(input.workflow ?? parent?.campaign.workflow);
    const stageLimits =
      input.stageLimits !== undefined
        ? validateStageLimits(input.stageLimits, definition)
        : (parent?.campaign.stageLimits ?? null);
    const reminderPolicy = mergeReminderPolicy(input.reminderPolicy, parent?.campaign.reminderPolicy);
    const chainRules = issuedChainRules({
      definition,
      stated: input.chainRules,
      parent: parent?.campaign ?? null,
    });
    const units = await this.targets.resolve(principal, issuer, input.targets);
    if (units.length === 0) throw CampaignErrors.noTargets();
    if (input.parentId) await this.refuseBeyondParent(input.parentId, issuer, units);
    refuseOffTheLine(reportLine, units);
    const recipients = await this.recipientPlanning.forIssue({ issuer, units, reportLine }, input.recipients);
    const dueDate = asLocalDate(input.dueDate);
    const dueDates = await this.targets.dueDates(units, {
      reportYear,
      reportLine,
      dueDate,
      ceiling: parent?.ceiling ?? null,
      today,
    });
    const disclosureDate =
      asLocalDate(input.disclosureDate) ??
      parent?.campaign.disclosureDate ??
      defaultDisclosureDate(reportYear);
    // The regulation has the report public by 1 April: a campaign may ask for it sooner, not later
    // (scenario test, stop 44: 30 June was taken, and the board and scores measured against it).
    const disclosureLimit = defaultDisclosureDate(reportYear);
    if (compareLocalDates(disclosureDate, disclosureLimit) > 0) {
      throw CampaignErrors.invalidField(
        'disclosureDate',
        `${disclosureDate} is later than ${disclosureLimit}: the regulation has the ${reportYear} report made public by 1 April ${reportYear + 1}; a campaign may only set an earlier date`,
      );
    }
    const lastDue = latest([...dueDates.values()])!;
    if (compareLocalDates(disclosureDate, lastDue) < 0) {
      throw CampaignErrors.invalidField(
        'disclosureDate',
        `${disclosureDate} is before the due date ${lastDue}: a report is disclosed after it is submitted`,
      );
    }
    const issuedOn = noticeDate(asLocalDate(input.issuedOn), { today, reportYear });
    const id = newId();
    const campaign: Campaign = {
      id,
      parentId: parent?.campaign.id ?? null,
      path: `${parent?.campaign.path ?? '/'}${id}/`,
      issuingUnitId: issuer.id,
      reportYear,
      reportLine,
      title: input.title.trim(),
      // [2026], (2026), （2026） … stored as 〔2026〕: the API's users get what the console sends.
      documentNumber: normalizeDocumentNumberYear(input.documentNumber?.trim() ?? '') || null,
      issuedOn,
      body: input.body,
      workflow: { id: definition.id, version: definition.version },
      dueDate,
      stageLimits,
      reminderPolicy,
      disclosureDate,
      // A cascaded campaign prints the items as the campaign above it asks, unless it names its own.
      itemOrder: input.itemOrder ? campaignItemOrder(input.itemOrder) : (parent?.campaign.itemOrder ?? null),
      // Fixed at issuing: the units plan their paper copy from the notice (docs/campaigns.md).
      requiresStampedScan: input.requiresStampedScan ?? parent?.campaign.requiresStampedScan ?? false,
      chainRules,
      selection: { ...input.targets.select, unitIds: input.targets.unitIds },
      status: 'active',
      noticeFile: null,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawReason: null,
      createdBy: principal.userId,
      createdAt: now,
      updatedAt: now,
    };
    const planned = planTargets({
      campaign,
      issuer,
      units,
      dueDates,
      principal,
      notice: issuedNotice(campaign, issuer),
      joint: planJointReports(units, input.targets.jointReports),
    });
    const duplicateQuery = {
      issuingUnitId: issuer.id,
      reportYear,
      reportLine,
      unitIds: units.map((u) => u.id),
    };
    await this.refuseDuplicate(duplicateQuery);
    // A deadlock between two issuing transactions is retried: the victim kept nothing.
    return retryOnDeadlock(() =>
      this.transactions.run(async () => {
        // Checked again under the issuer's lock: a twin request sent at the same moment is a duplicate.
        await this.campaigns.lockIssuer(issuer.id);
        await this.refuseDuplicate({ ...duplicateQuery, lock: true });
        await this.campaigns.insert(campaign);
        if (recipients.perTarget) await this.recipientRows.insertPerTarget(id, recipients.perTarget);
        else await this.recipientRows.insert(id, recipients.shared);
        const targets = await this.targets.persist({ campaignId: id, planned, by: principal.userId, now });
        await this.askEarlier({ principal, issuerId: issuer.id, campaignId: id, persisted: targets, now });
        await this.eventLog.record(
          [
            {
              campaignId: id,
              unitId: null,
              action: 'issued',
              actorUserId: principal.userId,
              details: {
                targets: units.length,
                parentId: campaign.parentId,
                dueDate,
                selection: campaign.selection,
              },
            },
          ],
          now,
        );
        const receipt: IssueReceipt = {
          campaignId: id,
          chainShortfalls: adoptedChainShortfalls(targets.adopted, chainRulesOfCampaign(campaign)),
        };
        if (repeat.key)
          await this.idempotency.store({
            userId: principal.userId,
            key: repeat.key,
            stored: { requestHash: repeat.fingerprint, statusCode: 201, response: receipt },
            now,
          });
        return receipt;
      }),
    );
  }

  /**
   * The answer to issuing or adding units: the campaign, and the adopted reports whose path lacks a
   * step its 内部审核流程要求 require (the issuer decides; see adopted-chain-shortfall.ts).
   */
  private async issued(principal: Principal, campaign: Campaign, persisted: PersistedTargets) {
    return {
      ...(await this.queries.get(principal, campaign.id)),
      chainShortfalls: adoptedChainShortfalls(persisted.adopted, chainRulesOfCampaign(campaign)),
    };
  }

  /** Adding units later (e.g. a newly created bureau): same rules as issuing, recorded. */
  async addTargets(principal: Principal, campaignId: string, input: AddTargetsDto) {
    const now = this.clock.now();
    const today = localDateOf(now);
    const { campaign, issuer } = await this.access.forIssuer(principal, campaignId);
    if (campaign.status !== 'active') throw CampaignErrors.withdrawn();
    const chosen = await this.targets.resolve(principal, issuer, input);
    const existing = new Set((await this.targetRows.list([campaign.id])).map((t) => t.unitId));
    const explicitDuplicates = (input.unitIds ?? []).filter((unitId) => existing.has(unitId));
    if (explicitDuplicates.length > 0) throw CampaignErrors.targetExists([...new Set(explicitDuplicates)]);
    const units = chosen.filter((u) => !existing.has(u.id));
    if (units.length === 0) throw CampaignErrors.noTargets();
    if (campaign.parentId) await this.refuseBeyondParent(campaign.parentId, issuer, units);
    refuseOffTheLine(campaign.reportLine, units);
    await this.refuseDuplicate({
      issuingUnitId: issuer.id,
      reportYear: campaign.reportYear,
      reportLine: campaign.reportLine,
      unitIds: units.map((u) => u.id),
      exceptCampaignId: campaign.id,
    });
    const ceiling = campaign.parentId ? await this.ceilingOf(campaign.parentId, issuer) : null;
    const dueDates = await this.targets.dueDates(units, {
      reportYear: campaign.reportYear,
      reportLine: campaign.reportLine,
      dueDate: asLocalDate(input.dueDate) ?? campaign.dueDate,
      ceiling,
      today,
    });
    const planned = planTargets({
      campaign,
      issuer,
      units,
      dueDates,
      principal,
      notice: issuedNotice(campaign, issuer),
      joint: planJointReports(units, input.jointReports),
    });
    const persisted = await this.transactions.run(async () => {
      // Serialises with a concurrent withdrawal or another addition; then re-checks what it raced with.
      const locked = await this.campaigns.findById(campaign.id, { lock: true });
      if (locked?.status !== 'active') throw CampaignErrors.withdrawn();
      const targetsNow = await this.targetRows.list([campaign.id]);
      const raced = targetsNow.filter((t) => units.some((u) => u.id === t.unitId));
      if (raced.length > 0) throw CampaignErrors.targetExists(raced.map((t) => t.unitId));
      // The recipients as stored now, under the lock: an addition that split the one list meanwhile
      // is seen (review, stop 49: a bureau added beside it got no list at all).
      const askedIds = [...new Set(targetsNow.map((t) => t.unitId))];
      const added = await this.recipientPlanning.forAdded({ campaign, issuer, units, existingIds: askedIds });
      if (added.splitExisting) await this.recipientRows.splitPerTarget(campaign.id, askedIds);
      const targets = await this.targets.persist({
        campaignId: campaign.id,
        planned,
        by: principal.userId,
        now,
      });
      await this.askEarlier({
        principal,
        issuerId: campaign.issuingUnitId,
        campaignId: campaign.id,
        persisted: targets,
        now,
      });
      if (added.own) await this.recipientRows.insertPerTarget(campaign.id, added.own);
      await this.eventLog.record(
        units.map((unit) => ({
          campaignId: campaign.id,
          unitId: unit.id,
          action: 'targets_added' as const,
          actorUserId: principal.userId,
          details: { unitName: unit.name, dueDate: dueDates.get(unit.id) },
        })),
        now,
      );
      return targets;
    });
    return this.answerThenRelay(() => this.issued(principal, campaign, persisted));
  }

  /**
   * A unit's report answering this campaign as well as an earlier one takes this campaign's date
   * when it is earlier (report-due-dates.ts); its new reports have it already.
   */
  private async askEarlier({
    principal,
    issuerId,
    campaignId,
    persisted,
    now,
  }: {
    principal: Principal;
    issuerId: string;
    campaignId: string;
    persisted: PersistedTargets;
    now: Date;
  }) {
    await this.reportDueDates.realign({
      reportIds: persisted.adopted.map((a) => a.report.id),
      // In the issuing unit's name (its staff may sit in the 司法局 housing the office).
      actor: { userId: principal.userId, unitId: issuerId, role: 'coordinator' },
      reason: { kind: 'campaign_asked', campaignId, comment: null },
      now,
    });
  }

  /**
   * Withdrawing (撤回) before the due date: the campaign and every campaign cascaded from it stop,
   * their reports lose their due date (so the worker drops their reminders), pending extension
   * requests close, and the drafters are told. Reports and their history stay.
   */
  async withdraw(principal: Principal, campaignId: string, reason: string) {
    const now = this.clock.now();
    const today = localDateOf(now);
    const why = reason.trim();
    await this.transactions.run(async () => {
      const { campaign } = await this.access.forIssuer(principal, campaignId, { lock: true });
      if (campaign.status !== 'active') throw CampaignErrors.withdrawn();
      const family = (await this.campaigns.findWithDescendants(campaign.path)).filter(
        (c) => c.status === 'active',
      );
      const familyIds = family.map((c) => c.id);
      const targets = await this.targetRows.list(familyIds);
      assertNotPastDue(campaign, targets, today);
      await this.campaigns.markWithdrawn({ campaignIds: familyIds, by: principal.userId, reason: why, now });
      await this.extensions.cancelPending({ campaignIds: familyIds, by: principal.userId, at: now });
      // Each report's history says its due date no longer applies, and why; a report another
      // active campaign still asks for keeps that campaign's date (report-due-dates.ts).
      await this.reportDueDates.realign({
        reportIds: targets.map((t) => t.reportId),
        // For the office that issued it, as the receipts' decisions and the extensions name it.
        actor: { userId: principal.userId, unitId: campaign.issuingUnitId, role: 'coordinator' },
        reason: { kind: 'campaign_withdrawn', campaignId: campaign.id, comment: why },
        now,
      });
      // Everyone told of the notice is told it no longer applies.
      const drafters = await this.inbox.noticeReaders(
        [...new Set(targets.map((t) => t.unitId))],
        family.map((c) => c.issuingUnitId),
      );
      await this.inbox.deliver(withdrawalMessages({ family, targets, drafters, reason: why }), now);
      await this.eventLog.record(
        family.map((c) => ({
          campaignId: c.id,
          unitId: null,
          action: 'withdrawn' as const,
          actorUserId: principal.userId,
          details: { reason: why, ...(c.id === campaign.id ? {} : { withParent: campaign.id }) },
        })),
        now,
      );
    });
    this.relay.kick();
    return this.queries.get(principal, campaignId);
  }

  /**
   * The answer first, then the relay of the jobs the transaction committed: a campaign issued to
   * 3,000 units commits 3,000 `deadlines-changed` jobs, and relaying them (BullMQ packs each one)
   * would otherwise run between the answer's queries and hold it up. The rows are committed either
   * way: a relay that never starts here is done by the next kick or the periodic sweep.
   */
  private async answerThenRelay<T>(answer: () => Promise<T>): Promise<T> {
    try {
      return await answer();
    } finally {
      this.relay.kick();
    }
  }

  /**
   * Issuing the same campaign twice (same issuer and report year, overlapping targets, still
   * active) is refused naming the one already issued: its units would get a second notice.
   */
  private async refuseDuplicate(query: {
    issuingUnitId: string;
    reportYear: number;
    reportLine: ReportLine;
    unitIds: string[];
    exceptCampaignId?: string;
    lock?: boolean;
  }): Promise<void> {
    const existing = await this.campaigns.findActiveOverlapping(query);
    if (existing) throw CampaignErrors.duplicate(existing, existing.unitIds);
  }

  /** The parent must have reached the issuing unit: one of its targets is that unit or below it. */
  private async refuseBeyondParent(parentId: string, issuer: Unit, units: Unit[]): Promise<void> {
    const beyond = await this.targets.beyondParent(parentId, issuer, units);
    if (beyond.length > 0) throw CampaignErrors.beyondParent(beyond.map((u) => ({ id: u.id, name: u.name })));
  }

  private async receivedParent(parentId: string, issuer: Unit) {
    const campaign = await this.campaigns.findById(parentId);
    if (!campaign) throw CampaignErrors.notFound();
    const ceiling = await this.ceilingOf(parentId, issuer);
    // Not received here and not readable as a coordinator above: as if it did not exist.
    if (ceiling === null) throw CampaignErrors.notFound();
    if (campaign.status !== 'active') throw CampaignErrors.withdrawn();
    return { campaign, ceiling };
  }

  /**
   * The latest date a cascade from `parentId` may set: the (possibly extended) due date of the
   * parent's targets at or below the issuing unit; null when the parent never reached it.
   */
  private async ceilingOf(parentId: string, issuer: Unit): Promise<LocalDate | null> {
    const received = await this.targets.receivedThrough(parentId, issuer);
    return latest(received.map((t) => t.dueDate));
  }
}

/** What issuing leaves to answer with, stored for a retry with the same Idempotency-Key. */
interface IssueReceipt {
  campaignId: string;
  chainShortfalls: AdoptedChainShortfall[];
}

/** The target's notice names the issuer as users know it: 昌吉回族自治州依法治州办, not the 州政府. */
function issuedNotice(campaign: Campaign, issuer: Unit): TargetNotice {
  const doc = campaign.documentNumber ? `（${campaign.documentNumber}）` : '';
  return {
    kind: 'campaign_issued',
    title: `报送任务：${campaign.title}`.slice(0, 200),
    body: (due: LocalDate) =>
      campaign.reportLine === 'demonstration_area'
        ? `${issuerLabel(issuer, issuer)}下发《${campaign.title}》${doc}，请于${chinaDateText(due)}前报送${campaign.reportYear}年度法治政府建设示范地区年度报告（另行报送，不影响本地区年度报告的报送时间）。`
        : `${issuerLabel(issuer, issuer)}下发《${campaign.title}》${doc}，请于${chinaDateText(due)}前报送${campaign.reportYear}年度法治政府建设年度报告，并于${chinaDateText(campaign.disclosureDate)}前向社会公开。`,
  };
}
