import { Injectable } from '@nestjs/common';
import { Clock, newId, normalizeDocumentNumberYear, retryOnDeadlock } from '@app/common';
import { chinaDateText, compareLocalDates, localDateOf, type LocalDate } from '@app/calendar';
import {
  UnitRepository,
  canSee,
  coordinatesAtOrAbove,
  coordinatedSubtrees,
  coordinatedUnitIds,
  coordinatesExactly,
  reachOf,
  rolesAt,
  type Principal,
  type Unit,
  type ExternalBody,
  type RecipientRole,
  issuerLabel,
  RECIPIENT_ROLE_LABELS,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import { OutboxRelay } from '@app/queue';
import { answeredOnce, IdempotencyRepository, requestHash, type ReportLine } from '@app/reports';
import { CampaignAccess } from './campaign-access';
import { CampaignEventRepository } from './campaign-event.repository';
import { CampaignInboxRepository } from './campaign-inbox.repository';
import {
  CampaignRecipientRepository,
  externalRef,
  type CampaignRecipientList,
  type PlannedTargetRecipients,
} from './campaign-recipient.repository';
import { chainRulesOfCampaign, issuedChainRules } from './campaign-chain-rules';
import { mergeReminderPolicy, resolveWorkflow, validateStageLimits } from './campaign-settings';
import { CampaignTargetRepository } from './campaign-target.repository';
import { asLocalDate, CampaignTargets, type PersistedTargets } from './campaign-targets';
import { adoptedChainShortfalls, type AdoptedChainShortfall } from './adopted-chain-shortfall';
import { CampaignErrors } from './campaign.errors';
import { noticeDate } from './notice-date';
import { CampaignRepository } from './campaign.repository';
import type { Campaign } from './campaign.types';
import type {
  AddTargetsDto,
  IssueCampaignDto,
  ListCampaignsQuery,
  RecipientPreviewDto,
} from './campaigns.dto';
import { ExtensionRepository } from './extension.repository';
import { ReportDueDates } from './report-due-dates';
import {
  planRecipients,
  recipientProblems,
  type IssuedRecipients,
  type RecipientsInput,
} from './issuer-area';
import { defaultRecipients } from './campaign-recipient-defaults';
import { CampaignRecipientRoutingRepository } from './campaign-recipient-routing.repository';
import { CampaignUnitsRepository } from './campaign-units.repository';
import { defaultDisclosureDate, latest } from './regulation-dates';
import { planJointReports } from './joint-targets';
import { planTargets, type TargetNotice } from './target-plan';
import { assertNotPastDue, withdrawalMessages } from './withdrawal-plan';
import { campaignItemOrder } from './item-order/campaign-item-order';
import { STATUTORY_ORDER } from '@app/content';

/** Issuing (下发), cascading (逐级下发), adding units to and withdrawing reporting campaigns (报送任务). */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly campaigns: CampaignRepository,
    private readonly targetRows: CampaignTargetRepository,
    private readonly eventLog: CampaignEventRepository,
    private readonly targets: CampaignTargets,
    private readonly access: CampaignAccess,
    private readonly units: UnitRepository,
    private readonly extensions: ExtensionRepository,
    private readonly inbox: CampaignInboxRepository,
    private readonly reportDueDates: ReportDueDates,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
    private readonly recipientRows: CampaignRecipientRepository,
    private readonly unitRows: CampaignUnitsRepository,
    private readonly routing: CampaignRecipientRoutingRepository,
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
      ...(await this.get(principal, receipt.campaignId)),
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
    const issuer = await this.issuingUnit(principal, input.issuingUnitId);
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
    const recipients = await this.recipientsOf({ issuer, units, reportLine }, input.recipients);
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
      ...(await this.get(principal, campaign.id)),
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
      const added = await this.recipientsOfAdded({ campaign, issuer, units, existingIds: askedIds });
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
        actor: { userId: principal.userId, unitId: principal.unitId, role: 'coordinator' },
        reason: { kind: 'campaign_withdrawn', campaignId: campaign.id, comment: why },
        now,
      });
      const drafters = await this.inbox.holders([...new Set(targets.map((t) => t.unitId))], ['drafter']);
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
    return this.get(principal, campaignId);
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

  /** The notice and the campaign's settings; the board is separate (coordinators only). */
  async get(principal: Principal, campaignId: string) {
    const { campaign, issuer } = await this.access.forNotice(principal, campaignId);
    const [targetCount, children, recipients] = await Promise.all([
      this.targetRows.count(campaign.id),
      this.campaigns.childrenOf(campaign.id),
      this.recipientRows.listFor(campaign.id),
    ]);
    // The issuing side sees everything; a target sees only the children and units in its reach.
    if (coordinatesAtOrAbove(principal, issuer))
      return { ...view(campaign, issuer, recipients), targetCount, children };
    const shown = view(campaign, issuer, await this.recipientsInReach(principal, recipients));
    const unitIds = campaign.selection.unitIds;
    return {
      ...shown,
      selection: unitIds
        ? { ...campaign.selection, unitIds: await this.access.unitsInReach(principal, unitIds) }
        : campaign.selection,
      targetCount,
      children: await this.access.visibleChildren(principal, children),
    };
  }

  /**
   * A target's reader sees the lists of the targets in its reach, not every other target of the
   * notice with its 主送/抄送 (pen test, stop 44): the groups keep those targets, or go.
   */
  private async recipientsInReach(principal: Principal, recipients: CampaignRecipientList) {
    if (!recipients.perTarget) return recipients;
    const ids = recipients.perTarget.flatMap((g) => g.targets.map((t) => t.id));
    const inReach = new Set(await this.access.unitsInReach(principal, [...new Set(ids)]));
    const perTarget = recipients.perTarget.flatMap((group) => {
      const targets = group.targets.filter((t) => inReach.has(t.id));
      return targets.length > 0 ? [{ ...group, targets }] : [];
    });
    return { ...recipients, perTarget };
  }

  async list(principal: Principal, query: ListCampaignsQuery) {
    const coordinatorPaths = coordinatedSubtrees(principal);
    // A 依法治县办's coordinators receive what is sent to their county's government or 县委 too.
    const ownUnitIds = [
      ...new Set([...reachOf(principal).ownUnitIds, ...(await this.access.servedUnitIds(principal))]),
    ];
    const rows = await this.campaigns.listVisible({
      coordinatorPaths,
      ownUnitIds,
      reportYear: query.reportYear,
      limit: query.limit ?? 50,
    });
    return rows.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      title: c.title,
      documentNumber: c.documentNumber,
      reportYear: c.reportYear,
      issuingUnit: { id: c.issuingUnitId, name: c.issuingUnitName },
      dueDate: c.dueDate,
      status: c.status,
      targetCount: c.targetCount,
      // issued: mine or below me to track; received: sent to my unit or a unit I coordinate.
      relation: coordinatorPaths.some((p) => c.issuingUnitPath.startsWith(p))
        ? ('issued' as const)
        : ('received' as const),
      createdAt: c.createdAt,
    }));
  }

  async events(principal: Principal, campaignId: string) {
    await this.access.forBoard(principal, campaignId);
    return this.eventLog.list(campaignId);
  }

  async eventsVerification(principal: Principal, campaignId: string) {
    await this.access.forBoard(principal, campaignId);
    return this.eventLog.verification(campaignId);
  }

  /** The units a coordinator's issuing unit may ask: the issuing form's target tree, whatever /units shows it. */
  async targetArea(principal: Principal, issuingUnitId: string | undefined) {
    const issuer = await this.issuingUnit(principal, issuingUnitId);
    return {
      issuingUnit: { id: issuer.id, name: issuer.name },
      units: await this.targets.area(issuer),
      drafterCounts: await this.targets.drafterCountsOf(issuer),
    };
  }

  /**
   * The 主送/抄送 a campaign to these targets gets when the issuer names none (campaign-recipient-
   * defaults.ts), shown by the console before issuing; validated like named recipients.
   */
  async previewRecipients(principal: Principal, input: RecipientPreviewDto) {
    const issuer = await this.issuingUnit(principal, input.issuingUnitId);
    const units = await this.targets.resolve(principal, issuer, input.targets);
    if (units.length === 0) throw CampaignErrors.noTargets();
    const reportLine = input.reportLine ?? 'annual';
    // What issuing would refuse, the preview refuses too (scenario tests, stop 45).
    refuseOffTheLine(reportLine, units);
    const defaults = await this.defaultsFor({ issuer, units, reportLine });
    const externals = (external: { main: ExternalBody[]; copy: ExternalBody[] }) => ({
      main: external.main.map(externalRef),
      copy: external.copy.map(externalRef),
    });
    if (defaults.source === 'per_target') {
      const nameOf = new Map(units.map((u) => [u.id, u.name]));
      return {
        source: defaults.source,
        reason: null,
        lineKind: null,
        main: [],
        copy: [],
        external: { main: [], copy: [] },
        groups: defaults.groups.map((g) => ({
          lineKind: g.kind,
          targets: g.targetIds.map((id) => ({ id, name: nameOf.get(id) ?? id })),
          main: g.main,
          copy: g.copy,
          external: externals(g.external),
          unresolved: g.unresolved.map(unresolvedRef),
        })),
        unresolved: [],
        targetCount: units.length,
      };
    }
    return {
      source: defaults.source,
      reason: defaults.source === 'issuer' ? defaults.reason : null,
      lineKind: defaults.source === 'routing_table' ? defaults.kind : null,
      main: defaults.main,
      copy: defaults.copy,
      external: externals(defaults.external),
      groups: null,
      unresolved: defaults.unresolved.map(unresolvedRef),
      targetCount: units.length,
    };
  }

  /**
   * Named 主送 (units or bodies outside the tree) make the lists explicit, one for every target
   * (抄送 as named, else none); without 主送 both come from the routing table, each 抄送 list unless
   * named: one list when every target's line names the same recipients, else one per group of
   * targets on the same line (a recipient may then be another group's target: 县政府 receives its
   * bureaus' reports and writes its own).
   */
  private async recipientsOf(
    asked: AskedTargets,
    named: RecipientsInput | undefined,
  ): Promise<IssuedRecipients> {
    const { issuer, units } = asked;
    const namesMain = (named?.main?.length ?? 0) + (named?.external?.main?.length ?? 0) > 0;
    const defaults = namesMain ? null : await this.defaultsFor(asked);
    const withNamedCopies = (lists: {
      main: Array<{ id: string }>;
      copy: Array<{ id: string }>;
      external: { main: ExternalBody[]; copy: ExternalBody[] };
    }) =>
      planRecipients(issuer, {
        main: lists.main.map((u) => u.id),
        copy: named?.copy ?? lists.copy.map((u) => u.id),
        external: { main: lists.external.main, copy: named?.external?.copy ?? lists.external.copy },
      });
    const issued: IssuedRecipients =
      defaults?.source === 'per_target'
        ? {
            shared: null,
            perTarget: defaults.groups.map((g) => ({
              targetIds: g.targetIds,
              recipients: withNamedCopies(g),
            })),
          }
        : { shared: defaults ? withNamedCopies(defaults) : planRecipients(issuer, named), perTarget: null };
    await this.checkRecipients(issuer, units, issued);
    return issued;
  }

  private async checkRecipients(issuer: Unit, units: Unit[], issued: IssuedRecipients): Promise<void> {
    const checked = issued.perTarget
      ? issued.perTarget
      : [{ targetIds: units.map((u) => u.id), recipients: issued.shared }];
    const unitIds = checked.flatMap(({ recipients }) => [...recipients.main, ...recipients.copy]);
    const [ancestors, found] = await Promise.all([
      this.units.findAncestors(issuer),
      this.unitRows.findByIds([...new Set(unitIds)]),
    ]);
    const problems = checked.flatMap(({ targetIds, recipients }) =>
      recipientProblems({ issuer, ancestors, recipients, found, targetIds: new Set(targetIds) }),
    );
    const unique = [...new Map(problems.map((p) => [`${p.unitId}|${p.reason}`, p])).values()];
    if (unique.length > 0) throw CampaignErrors.recipientInvalid(unique);
  }

  /**
   * The recipients of targets added later, read under the campaign's lock. A new target on the line
   * of a target already asked gets that target's lists as stored (the issuer's choice holds for the
   * line); one on a line no target is on gets its line's lists from the table (a scenario test, stop
   * 49: the 县政府 added to a notice to the bureaus took their list, 主送 itself, and the 县人大常委会
   * never received its report). A campaign with one list keeps it while every new target shares a
   * line with it; otherwise the one list becomes the same list per earlier target (`splitExisting`).
   * A stored list a new target shares is checked as at issue: a target is never its own recipient.
   */
  private async recipientsOfAdded(input: {
    campaign: Campaign;
    issuer: Unit;
    units: Unit[];
    existingIds: string[];
  }): Promise<{ own: PlannedTargetRecipients[] | null; splitExisting: boolean }> {
    const { campaign, issuer, units, existingIds } = input;
    const reportLine = campaign.reportLine;
    const stored = await this.recipientRows.listFor(campaign.id);
    const sharedPlan = planOfLists(stored);
    // A campaign stored with no 主送 (issued before recipients existed) is addressed to its issuer:
    // it keeps its one list rather than be given lists it never had.
    if (!stored.perTarget && sharedPlan.main.length + sharedPlan.external.main.length === 0)
      return { own: null, splitExisting: false };
    const existingUnits = await this.units.findByIds(existingIds);
    const defaults = await this.defaultsFor({ issuer, units: [...existingUnits, ...units], reportLine });
    const asked = new Set(existingIds);
    // The target already asked on each new target's line, if any.
    const peerOf = (unit: Unit): string | null => {
      if (defaults.source !== 'per_target') return existingIds[0] ?? null;
      const group = defaults.groups.find((g) => g.targetIds.includes(unit.id));
      return group?.targetIds.find((id) => asked.has(id)) ?? null;
    };
    const storedOf = new Map(
      (stored.perTarget ?? []).flatMap((group) =>
        group.targets.map((t) => [t.id, planOfLists(group)] as const),
      ),
    );
    const copied: PlannedTargetRecipients[] = [];
    const onOwnLine: Unit[] = [];
    for (const unit of units) {
      const peer = peerOf(unit);
      const lists = peer === null ? null : stored.perTarget ? (storedOf.get(peer) ?? null) : sharedPlan;
      if (lists) copied.push({ targetIds: [unit.id], recipients: lists });
      else onOwnLine.push(unit);
    }
    for (const { targetIds, recipients } of copied)
      await this.checkRecipients(
        issuer,
        units.filter((u) => targetIds.includes(u.id)),
        { shared: recipients, perTarget: null },
      );
    const own =
      onOwnLine.length > 0 ? await this.perTargetRecipientsOf({ issuer, units: onOwnLine, reportLine }) : [];
    if (!stored.perTarget && own.length === 0) return { own: null, splitExisting: false };
    return { own: [...own, ...copied], splitExisting: !stored.perTarget };
  }

  /** Targets added to a per-target campaign: their lists from the table (the issuer when on no line). */
  private async perTargetRecipientsOf(asked: AskedTargets) {
    const { issuer, units } = asked;
    const defaults = await this.defaultsFor(asked);
    const groups =
      defaults.source === 'per_target'
        ? defaults.groups
        : [{ ...defaults, targetIds: units.map((u) => u.id) }];
    const perTarget = groups.map((g) => ({
      targetIds: g.targetIds,
      recipients: planRecipients(issuer, {
        main: g.main.map((u) => u.id),
        copy: g.copy.map((u) => u.id),
        external: g.external,
      }),
    }));
    await this.checkRecipients(issuer, units, { shared: null, perTarget });
    return perTarget;
  }

  private async defaultsFor({ issuer, units, reportLine }: AskedTargets) {
    const [facts, neighbourhoods] = await Promise.all([
      this.routing.issuerFacts(issuer),
      this.routing.neighbourhoodsOf(units),
    ]);
    return defaultRecipients({
      issuer,
      issuerParent: facts.parent,
      housedOffices: facts.housedOffices,
      targets: units,
      neighbourhoods,
      reportLine,
    });
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

  private async issuingUnit(principal: Principal, requested: string | undefined): Promise<Unit> {
    const coordinated = coordinatedUnitIds(principal);
    if (!requested && coordinated.length === 0) throw CampaignErrors.noCoordinatorRole();
    if (!requested && coordinated.length > 1) throw CampaignErrors.issuingUnitAmbiguous();
    const unitId = requested ?? coordinated[0];
    const unit = await this.units.findById(unitId);
    if (!unit || !canSee(principal, unit)) throw CampaignErrors.unitsNotFound([unitId]);
    if (!coordinatesExactly(principal, unit.id))
      throw CampaignErrors.notCoordinator(unit.name, rolesAt(principal, unit));
    return unit;
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

/** A recipient the rules name and the directory lacks, with the name a notice would give it. */
function unresolvedRef(role: RecipientRole) {
  return { role, label: RECIPIENT_ROLE_LABELS[role] };
}

/** What issuing leaves to answer with, stored for a retry with the same Idempotency-Key. */
interface IssueReceipt {
  campaignId: string;
  chainShortfalls: AdoptedChainShortfall[];
}

/** Whom a campaign asks, on which line: what its default recipients depend on. */
interface AskedTargets {
  issuer: Unit;
  units: Unit[];
  reportLine: ReportLine;
}

/** The line a campaign asks for: a cascade passes on its parent's; otherwise as asked (default annual). */
function reportLineAsked(asked: ReportLine | undefined, parent: Campaign | null): ReportLine {
  if (parent && asked !== undefined && asked !== parent.reportLine)
    throw CampaignErrors.reportLineMismatch(parent.reportLine);
  return parent?.reportLine ?? asked ?? 'annual';
}

/**
 * The demonstration line is the additional report of a national demonstration area: only a
 * government flagged as one owes it (docs/domain.md). Anyone else asked would get a second report
 * for the year that no rule asks of them.
 */
function refuseOffTheLine(reportLine: ReportLine, units: Unit[]): void {
  if (reportLine !== 'demonstration_area') return;
  const off = units.filter((u) => u.kind !== 'government' || !u.demonstrationArea);
  if (off.length > 0)
    throw CampaignErrors.notDemonstrationAreas(off.map((u) => ({ id: u.id, name: u.name })));
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

/**
 * Campaigns issued before recipients were named have none stored: their issuer received. A
 * campaign with per-target lists shows them (perTarget) and no list for all.
 */
function recipientsShown(issuer: Unit, stored: CampaignRecipientList): CampaignRecipientList {
  return stored.perTarget || stored.main.length > 0 || stored.external.main.length > 0
    ? stored
    : { ...stored, main: [{ id: issuer.id, name: issuer.name }] };
}

export function view(campaign: Campaign, issuer: Unit, recipients: CampaignRecipientList) {
  return {
    id: campaign.id,
    parentId: campaign.parentId,
    issuingUnit: { id: issuer.id, name: issuer.name },
    recipients: recipientsShown(issuer, recipients),
    reportYear: campaign.reportYear,
    reportLine: campaign.reportLine,
    notice: {
      title: campaign.title,
      documentNumber: campaign.documentNumber,
      issuedOn: campaign.issuedOn,
      body: campaign.body,
      file: campaign.noticeFile
        ? {
            name: campaign.noticeFile.name,
            contentType: campaign.noticeFile.contentType,
            sizeBytes: campaign.noticeFile.sizeBytes,
            sha256: campaign.noticeFile.sha256,
          }
        : null,
    },
    workflow: campaign.workflow,
    dueDate: campaign.dueDate,
    stageLimits: campaign.stageLimits,
    reminderPolicy: campaign.reminderPolicy,
    disclosureDate: campaign.disclosureDate,
    itemOrder: [...(campaign.itemOrder ?? STATUTORY_ORDER)],
    requiresStampedScan: campaign.requiresStampedScan ?? false,
    chainRules: chainRulesOfCampaign(campaign),
    selection: campaign.selection,
    status: campaign.status,
    withdrawn: campaign.withdrawnAt
      ? { at: campaign.withdrawnAt, by: campaign.withdrawnBy, reason: campaign.withdrawReason }
      : null,
    createdAt: campaign.createdAt,
  };
}

/** Stored lists (names) as a plan (unit ids and body keys), to store them for another target. */
function planOfLists(lists: {
  main: Array<{ id: string }>;
  copy: Array<{ id: string }>;
  external: { main: Array<{ body: ExternalBody }>; copy: Array<{ body: ExternalBody }> };
}): PlannedTargetRecipients['recipients'] {
  return {
    main: lists.main.map((u) => u.id),
    copy: lists.copy.map((u) => u.id),
    external: { main: lists.external.main.map((b) => b.body), copy: lists.external.copy.map((b) => b.body) },
  };
}
