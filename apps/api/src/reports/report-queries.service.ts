import { Injectable } from '@nestjs/common';
import { emptySections } from '@app/content';
import {
  deliberationBodyOf,
  heldRoleFor,
  mayAct,
  reachOf,
  SUBTREE_ROLES,
  UnitRepository,
  unitsWhereRolesAct,
  UserRepository,
  workflowRolesFor,
  type Principal,
  type Unit,
} from '@app/directory';
import {
  acceptedThisDispatch,
  AuditRepository,
  CompletenessGate,
  DeliberationRecordRepository,
  deliberationRecordAsOf,
  earlierRoundParts,
  type DeliberationRecord,
  factsOf,
  isDispatched,
  lastTransitionOf,
  laterDispatchPossible,
  ReceiptRepository,
  ReportAccess,
  ReportErrors,
  RevisionRepository,
  verifyChain,
  type CopyGrant,
  type Report,
} from '@app/reports';
import {
  allowedActions,
  defaultRegistry,
  rolesThatAct,
  stateLabel,
  statesActionableBy,
  type AllowedAction,
  type WorkflowRole,
  type WorkflowDefinition,
  type WorkflowFacts,
} from '@app/workflow';
import {
  assertDispatched,
  commentShownToCopyReader,
  copyVisibleEvents,
  eventsAsDispatched,
  progressAsDispatched,
  returnsSeen,
} from './copy-view';
import { deliberationView } from './deliberation-view';
import { ReportListRepository, type Reach } from './report-lists.repository';
import { ReportReadings } from './report-reading';
import { diffSections } from './section-diff';
import { TimeLeft, type DueCounter } from './time-left';

/** The report-level actions a campaign issuer takes through its receipt (POST /reports/:id/receipts/…). */
const RECEIPT_DECISIONS = ['accept', 'return'];

/** Every state in which a report has left its unit (laterDispatchPossible's), archives aside. */
const SENT_STATES = [
  ...new Set(
    defaultRegistry
      .list()
      .flatMap((d) => d.states.filter((s) => s.kind === 'external' || s.kind === 'final').map((s) => s.id)),
  ),
];

@Injectable()
export class ReportQueriesService {
  constructor(
    private readonly lists: ReportListRepository,
    private readonly access: ReportAccess,
    private readonly revisions: RevisionRepository,
    private readonly audit: AuditRepository,
    private readonly completeness: CompletenessGate,
    private readonly deliberationRecords: DeliberationRecordRepository,
    private readonly timeLeft: TimeLeft,
    private readonly readings: ReportReadings,
    private readonly units: UnitRepository,
    private readonly receipts: ReceiptRepository,
    private readonly users: UserRepository,
  ) {}

  async get(principal: Principal, reportId: string) {
    const { report, unit, coReportingUnit, copyOnly, copy, asDispatched } = await this.readings.of(
      principal,
      reportId,
    );
    // A copy recipient opens the latest revision dispatched to it, never the draft in progress.
    const shown = copy ? copy.latest.revision : report.currentRevision;
    const revision = shown > 0 ? await this.revisions.find(report.id, shown) : null;
    const current = await this.deliberationRecords.find(report.id);
    const sent = copy ? await this.asSent(report, copy) : null;
    const record = sent ? sent.record : current;
    const signerIds = [record?.signOff?.userId, record?.coSignOff?.userId].filter((id) => id !== undefined);
    const signers = signerIds.length > 0 ? await this.lists.actors(signerIds) : [];
    const counter = await this.timeLeft.counterFor([report.unitId]);
    const summary = this.summary(report, unit, counter);
    return {
      ...summary,
      ...(asDispatched && sent
        ? dispatchedSummary(
            summary,
            {
              definition: sent.definition,
              progress: progressAsDispatched(sent.definition, sent.events, asDispatched),
            },
            unit,
          )
        : sent
          ? {
              ...(sent.stage && sent.stage.state !== report.state ? copyStage(sent.stage, unit) : {}),
              returnCount: returnsSeen(sent.definition, sent.events, copy!),
            }
          : {}),
      deliberation: deliberationView(
        unit,
        record,
        signers,
        sent ? undefined : await this.earlierRound(report, record),
      ),
      coReportingUnit: coReportingUnit ? { id: coReportingUnit.id, name: coReportingUnit.name } : null,
      campaigns: copy ? [] : await this.campaignsAsking(principal, report, unit, copyOnly),
      ...(copy ? { title: revision?.title ?? report.title, currentRevision: shown } : {}),
      copyOnly,
      ...(copy ? { copy: { ...copyDispatches(copy), asDispatched: asDispatched !== null } } : {}),
      sections: revision?.sections ?? emptySections(),
      allowedActions: copyOnly
        ? []
        : await this.withNobodyNext(
            report,
            await this.withoutRefusedWithdrawal(
              report,
              this.actionsFor(principal, report, unit, factsOf(current)),
            ),
          ),
    };
  }

  /**
   * The campaigns asking for the report, each with whether this caller may send it the dispatched
   * version now (a campaign that asked after the dispatch: LaterCampaignDispatch's rule). The
   * receipts are read only when the report waits above and the caller is its drafter.
   */
  private async campaignsAsking(principal: Principal, report: Report, unit: Unit, copyOnly: boolean) {
    const asking = await this.lists.campaignsAsking(report.id);
    const mayDispatch =
      !copyOnly &&
      laterDispatchPossible(report) &&
      asking.some((c) => c.active) &&
      mayAct(principal, 'report.edit', unit);
    const sentTo = mayDispatch
      ? new Set((await this.receipts.listForReport(report.id)).map((r) => r.campaignId))
      : null;
    return asking.map((c) => ({
      ...c,
      canDispatch: sentTo !== null && c.active && !sentTo.has(c.campaignId),
    }));
  }

  /**
   * Marks the steps into a stage of the unit nobody may act on (a walk, stop 46: a bureau without a
   * 科室审核人 submitted, was told it had, and the report waited for nobody). Dispatches and
   * withdrawals are not marked: above the unit, and back to whoever moved it. One query for all.
   */
  private async withNobodyNext<A extends { action: string; to: string }>(report: Report, actions: A[]) {
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    const inUnit = (state: string) => definition.states.find((s) => s.id === state)?.kind === 'review';
    const into = [
      ...new Set(actions.filter((a) => a.action !== 'withdraw' && inUnit(a.to)).map((a) => a.to)),
    ];
    if (into.length === 0) return actions;
    const wanted = into.flatMap((state) =>
      rolesThatAct(definition, state).flatMap((role) =>
        unitsWhereRolesAct(report, role).map((unitId) => ({ state, unitId, role: heldRoleFor(role) })),
      ),
    );
    const held = await this.users.findActiveByRoleInUnits(
      [...new Set(wanted.map((w) => w.unitId))],
      [...new Set(wanted.map((w) => w.role))],
    );
    const staffed = new Set(
      wanted.filter((w) => held.some((h) => h.unit_id === w.unitId && h.role === w.role)).map((w) => w.state),
    );
    return actions.map((a) => (into.includes(a.to) ? { ...a, nobodyActsNext: !staffed.has(a.to) } : a));
  }

  /**
   * 撤回 of a dispatch an office already accepted is refused (ReportDispatch.assertWithdrawable): not
   * offered either. Read only when the withdrawal would otherwise be offered from above the unit.
   */
  private async withoutRefusedWithdrawal<A extends { action: string }>(report: Report, actions: A[]) {
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    if (!actions.some((a) => a.action === 'withdraw') || !isDispatched(definition, report.state))
      return actions;
    const acceptedBy = acceptedThisDispatch(await this.receipts.listForReport(report.id));
    return acceptedBy.length === 0 ? actions : actions.filter((a) => a.action !== 'withdraw');
  }

  /**
   * The unit's own readers see the records on file; those of a round before a return are marked
   * (a civil servant read 已签发 and a 文号 on a draft being redone, stop 39). Read only when there
   * is a sign-off or a 文号 to mark.
   */
  private async earlierRound(report: Report, record: DeliberationRecord | null) {
    if (!record?.signOff && !record?.documentNumber) return undefined;
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    return earlierRoundParts(await this.audit.listForReport(report.id), record, definition.initial);
  }

  /**
   * What a reader outside the report's reach knows of its progress: the last step it may see in the
   * history (copyVisibleEvents) and the deliberation record as of the latest dispatch to it, never
   * the unit's internal review since.
   */
  private async asSent(report: Report, copy: CopyGrant) {
    const all = await this.audit.listForReport(report.id);
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    const visible = copyVisibleEvents(definition, all, copy);
    const last = visible[visible.length - 1];
    return {
      definition,
      events: all,
      stage: last ? { state: last.toState, enteredAt: last.createdAt, definition } : null,
      record: deliberationRecordAsOf(all, copy.latest.eventSeq),
    };
  }

  async list(
    principal: Principal,
    filter: { unitId?: string; reportYear?: number; state?: string; limit?: number; offset?: number },
  ) {
    const listed = await this.lists.list({
      reach: listReach(principal),
      unitId: filter.unitId,
      reportYear: filter.reportYear,
      state: filter.state,
      limit: filter.limit ?? 50,
      offset: filter.offset ?? 0,
    });
    const counter = await this.timeLeft.counterFor(listed.map(({ report }) => report.unitId));
    return listed.map(({ report, unit }) => ({ ...this.summary(report, unit, counter) }));
  }

  /** The completeness check (形式审查) of one revision, for the reviewer and the drafter. */
  async check(principal: Principal, reportId: string, revision?: number) {
    const { report, unit } = await this.access.readable(principal, reportId);
    return this.completeness.check(report, unit, revision ?? report.currentRevision);
  }

  async listRevisions(principal: Principal, reportId: string) {
    const { copy } = await this.access.readable(principal, reportId);
    const all = await this.revisions.list(reportId);
    const sent = copy ? new Set(copy.dispatches.map((d) => d.revision)) : null;
    const shown = sent ? all.filter((r) => sent.has(r.number)) : all;
    // Who saved each version (修订历史 listed versions without their author: a walk, stop 39).
    const authors = await this.lists.actors([...new Set(shown.map((r) => r.authorId))]);
    const nameOf = new Map(authors.map((a) => [a.id, a.displayName]));
    return shown.map((r) => ({ ...r, authorName: nameOf.get(r.authorId) ?? null }));
  }

  async getRevision(principal: Principal, reportId: string, number: number) {
    const { copy } = await this.access.readable(principal, reportId);
    if (copy) assertDispatched(copy, number);
    const revision = await this.revisions.find(reportId, number);
    if (!revision) throw ReportErrors.revisionNotFound(number);
    return revision;
  }

  async diff(principal: Principal, reportId: string, from: number, to: number) {
    const [a, b] = await Promise.all([
      this.getRevision(principal, reportId, from),
      this.getRevision(principal, reportId, to),
    ]);
    return {
      reportId,
      from,
      to,
      titleChanged: a.title !== b.title,
      sections: diffSections(a.sections, b.sections),
    };
  }

  async history(principal: Principal, reportId: string) {
    const { report, unit, copy, asDispatched } = await this.readings.of(principal, reportId);
    const all = await this.audit.listForReport(reportId);
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    const events = asDispatched
      ? eventsAsDispatched(definition, all, asDispatched)
      : copy
        ? copyVisibleEvents(definition, all, copy)
        : all;
    const readerUnits = new Set(principal.roles.map((r) => r.unitId));
    // A recipient reading as dispatched (no receipt of its own) reads no other office's reasons; the
    // issuers deciding their receipts read each other's (a return reopens the report for all).
    const commentShown = (e: (typeof events)[number]) =>
      !asDispatched || commentShownToCopyReader(e, readerUnits);
    const actorIds = [...new Set(events.map((e) => e.actorUserId))];
    const [actors, actorUnits] = await Promise.all([
      this.lists.actors(actorIds),
      this.units.findByIds([...new Set(events.map((e) => e.actorUnitId))]),
    ]);
    return {
      reportId,
      // Verified over the whole chain, also when a copy recipient is shown only part of it.
      chain: verifyChain(all, report.lastHash),
      events: events.map((e) => {
        const actor = actors.find((a) => a.id === e.actorUserId);
        return {
          seq: e.seq,
          action: e.action,
          fromState: e.fromState,
          toState: e.toState,
          toStateLabel: stateLabel(definition, e.toState, { deliberationBody: deliberationBodyOf(unit) }),
          revision: e.revision,
          actor: {
            id: e.actorUserId,
            username: actor?.username ?? null,
            displayName: actor?.displayName ?? null,
          },
          actorRole: e.actorRole,
          actorUnitId: e.actorUnitId,
          actorUnit: unitRefOf(actorUnits.find((u) => u.id === e.actorUnitId)),
          comment: commentShown(e) ? e.comment : null,
          fields: e.fields,
          createdAt: e.createdAt,
          hash: e.hash,
        };
      }),
    };
  }

  /** Reports waiting for an action I may take, across the units I reach, with their stage deadline. */
  async workQueue(principal: Principal) {
    const ownUnitRoles = principal.roles.filter((r) => !SUBTREE_ROLES.includes(r.role));
    const coordinatorUnits = principal.roles.filter((r) => r.role === 'coordinator').map((r) => r.unitId);
    const ownUnits = ownUnitRoles.map((held) => ({
      unitId: held.unitId,
      states: actionableStates(held.role),
    }));
    // A joint report's 党委 signs after the government (co_reporting_leader, held by the 党委's
    // unit_leader): it waits on them though it is the government's report (a walk, stop 49: the
    // 镇党委书记 was told of it, and 我的待办 was empty).
    const leaderUnits = principal.roles.filter((r) => r.role === 'unit_leader').map((r) => r.unitId);
    const drafterUnits = ownUnitRoles.filter((r) => r.role === 'drafter').map((r) => r.unitId);
    const hasWork =
      ownUnits.some((own) => own.states.length > 0) || coordinatorUnits.length > 0 || leaderUnits.length > 0;
    if (!hasWork) return [];
    // A campaign that asked after the report was sent waits for its drafter (报送至该任务).
    const waiting = (await this.lists.waitingForLaterDispatch(drafterUnits, SENT_STATES)).filter(
      ({ report }) => laterDispatchPossible(report),
    );
    const listed = await this.lists.workQueue({
      ownUnits,
      received: { unitIds: coordinatorUnits, states: actionableStates('coordinator') },
      coReporting: { unitIds: leaderUnits, states: actionableStates('co_reporting_leader') },
    });
    const counter = await this.timeLeft.counterFor(
      [...listed, ...waiting].map(({ report }) => report.unitId),
    );
    // The facts a submit's path depends on, as the report page has them: with the meeting record
    // standing it goes to 签发 (a walk, stop 49: 我的待办 said 提交审核 where the page said 提交签发).
    const meetingStands = await this.deliberationRecords.meetingStandsFor(
      listed.map(({ report }) => report.id),
    );
    const acting = listed
      .map(({ report, unit }) => ({
        ...this.summary(report, unit, counter),
        allowedActions: this.actionsFor(principal, report, unit, {
          meetingRecordStands: meetingStands.has(report.id),
        }),
      }))
      .filter((item) => item.allowedActions.some((a) => a.action !== 'withdraw'));
    return [
      ...acting,
      ...waiting
        .filter(({ report }) => !acting.some((item) => item.id === report.id))
        .map(({ report, unit, campaigns }) => ({
          ...this.summary(report, unit, counter),
          allowedActions: [],
          notSentToCampaigns: campaigns,
        })),
    ];
  }

  /** `facts`: the report's standing records, where read (they say where a submit goes). */
  private actionsFor(
    principal: Principal,
    report: Report,
    unit: Pick<Unit, 'id' | 'path' | 'name' | 'kind' | 'level' | 'deliberationBody'>,
    facts: WorkflowFacts = {},
  ) {
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    const actions = allowedActions(
      definition,
      report.state,
      { userId: principal.userId, roles: workflowRolesFor(principal, report, unit) },
      lastTransitionOf(report),
      facts,
    );
    // Dispatched to campaigns: the issuers accept or return their receipts, not the report itself.
    // Only while it waits above: back in the unit (a receipt returned, another campaign's still
    // open), 退回 is its own reviewers' (a civil servant's walk, stop 39: the reviewers had no 退回).
    const waitingAbove = definition.states.find((s) => s.id === report.state)?.kind === 'external';
    const offered =
      report.openReceiptIssuerIds == null || !waitingAbove
        ? actions
        : actions.filter((a) => !RECEIPT_DECISIONS.includes(a.action));
    return offered.map((a) => withFieldDefaults(a, unit));
  }

  private summary(
    report: Report,
    unit: Pick<Unit, 'name' | 'kind' | 'level' | 'deliberationBody'>,
    counter: DueCounter,
  ) {
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    return {
      id: report.id,
      unit: { id: report.unitId, name: unit.name },
      unitLevel: unit.level,
      receivingUnitId: report.receivingUnitId,
      campaignId: report.campaignId,
      reportYear: report.reportYear,
      reportLine: report.reportLine,
      title: report.title,
      workflow: { id: report.workflowId, version: report.workflowVersion },
      state: report.state,
      stateLabel: stateLabel(definition, report.state, { deliberationBody: deliberationBodyOf(unit) }),
      version: report.version,
      currentRevision: report.currentRevision,
      returnCount: report.returnCount,
      stageEnteredAt: report.stageEnteredAt,
      stageDueAt: report.stageDueAt,
      // The unit's due date for this report (end of day, Asia/Shanghai), extensions included.
      dueAt: report.dueAt,
      stageWorkingDaysLeft: counter.workingDaysLeft(report.unitId, report.stageDueAt),
      // While the report is with its recipients its due date is history, as on the board; once one
      // returns it (drafting again, submittedAt kept) the unit works to that date again (walk P16).
      workingDaysLeft:
        report.submittedAt && isDispatched(definition, report.state)
          ? null
          : counter.workingDaysLeft(report.unitId, report.dueAt),
      submittedAt: report.submittedAt,
      updatedAt: report.updatedAt,
    };
  }
}

/**
 * The stage a copy reader is shown once the unit has moved on internally: the state of the last step
 * it may see (a return to drafting, say), entered when that step was taken; the internal stage's
 * deadline is not its business.
 */
function copyStage(
  stage: { state: string; enteredAt: Date; definition: WorkflowDefinition },
  unit: Pick<Unit, 'kind' | 'level' | 'deliberationBody'>,
) {
  return {
    state: stage.state,
    stateLabel: stateLabel(stage.definition, stage.state, { deliberationBody: deliberationBodyOf(unit) }),
    stageEnteredAt: stage.enteredAt,
    stageDueAt: null,
    stageWorkingDaysLeft: null,
  };
}

/**
 * The summary of a report seen as dispatched (readsAsDispatched): its progress as it stood at the
 * latest dispatch to the reader. The deadlines are the unit's and the level above's business, and an
 * extension granted after the dispatch would move them, so they are left out.
 */
function dispatchedSummary(
  live: { submittedAt: Date | null },
  sent: { definition: WorkflowDefinition; progress: ReturnType<typeof progressAsDispatched> },
  unit: Pick<Unit, 'kind' | 'level' | 'deliberationBody'>,
) {
  const { definition, progress } = sent;
  return {
    state: progress.state,
    stateLabel: stateLabel(definition, progress.state, { deliberationBody: deliberationBodyOf(unit) }),
    version: progress.version,
    returnCount: progress.returnCount,
    stageEnteredAt: progress.enteredAt,
    stageDueAt: null,
    stageWorkingDaysLeft: null,
    dueAt: null,
    workingDaysLeft: null,
    submittedAt: live.submittedAt && live.submittedAt <= progress.updatedAt ? live.submittedAt : null,
    updatedAt: progress.updatedAt,
  };
}

/** The dispatches a copy recipient received, oldest first. */
function copyDispatches(copy: CopyGrant) {
  return {
    dispatches: copy.dispatches.map((d) => ({ revision: d.revision, dispatchedAt: d.dispatchedAt })),
    latestRevision: copy.latest.revision,
    latestDispatchedAt: copy.latest.dispatchedAt,
  };
}

/** States where a role can act, across every registered workflow definition. */
function actionableStates(role: WorkflowRole): string[] {
  const states = new Set<string>();
  for (const definition of defaultRegistry.list()) {
    for (const state of statesActionableBy(definition, role)) states.add(state);
  }
  return [...states];
}

/** The reports a principal may list: its own unit's, and those in its subtrees (the policy's reach). */
function listReach(principal: Principal): Reach {
  return { unitId: principal.unitId, subtreePaths: reachOf(principal).subtreePaths };
}

/** The unit an actor acted for, as the history names it: a higher office's too (its name is on its receipts). */
function unitRefOf(unit: Unit | undefined): { id: string; name: string; level: Unit['level'] } | null {
  return unit ? { id: unit.id, name: unit.name, level: unit.level } : null;
}

/**
 * A field the server fills in when it is left out is offered with its value, not listed as
 * required: the meeting's body defaults to the unit's deliberating body (集体审议), and an API
 * client was told it had to send it (an external QA engineer, stop 50).
 */
function withFieldDefaults(
  action: AllowedAction,
  unit: Pick<Unit, 'kind' | 'level' | 'deliberationBody'>,
): AllowedAction & { fieldDefaults?: { meetingBody: string } } {
  if (!action.requiredFields.includes('meetingBody')) return action;
  return {
    ...action,
    requiredFields: action.requiredFields.filter((f) => f !== 'meetingBody'),
    fieldDefaults: { meetingBody: deliberationBodyOf(unit) },
  };
}
